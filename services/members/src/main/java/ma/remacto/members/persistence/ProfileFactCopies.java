package ma.remacto.members.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import ma.remacto.members.domain.ProfileFact;
import ma.remacto.platform.mongo.ReadModelCopies;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Small copies of the ideas, projects and axes of other services that the profile counts are made of, one
 * document per fact ({@code _id} = the idea's, project's or axis's id): its member, whether it counts now
 * ({@code counted}, from the newest event seen) and whether the member's count includes it ({@code inProfile}).
 * The two differ only between a fact's change and the member's count following it; every query is by {@code _id}.
 */
@Repository
public class ProfileFactCopies {

    public static final Map<ProfileFact.Kind, String> COLLECTIONS = Map.of(ProfileFact.Kind.IDEA, "profile_ideas",
            ProfileFact.Kind.PROJECT, "profile_projects", ProfileFact.Kind.AXIS, "profile_axes");

    /** A copied fact and whether the member's count includes it. */
    public record Copy(ProfileFact fact, boolean inProfile) {

        public boolean settled() {
            return fact.counted() == inProfile;
        }
    }

    private final Map<ProfileFact.Kind, MongoCollection<Document>> collections = new EnumMap<>(ProfileFact.Kind.class);

    public ProfileFactCopies(MongoDatabase database) {
        COLLECTIONS.forEach((kind, name) -> collections.put(kind, database.getCollection(name)));
    }

    /** Stores the fact if it is newer than the copy (or the first); an older or repeated one changes nothing. */
    public boolean copy(ProfileFact fact) {
        return ReadModelCopies.upsertIfNewer(collections.get(fact.kind()), fact.id(), fact.version(), sets(fact));
    }

    /**
     * Stores every fact newer than its copy (the newest of the list per fact; one read and one bulk write per kind,
     * all by {@code _id}) and returns the copy of every fact of the list as it now stands.
     */
    public List<Copy> copyAll(List<ProfileFact> facts) {
        Map<ProfileFact.Kind, Map<String, ProfileFact>> newest = new EnumMap<>(ProfileFact.Kind.class);
        for (ProfileFact fact : facts) {
            newest.computeIfAbsent(fact.kind(), k -> new LinkedHashMap<>())
                    .merge(fact.id(), fact, (a, b) -> b.version() > a.version() ? b : a);
        }
        List<Copy> copies = new ArrayList<>();
        newest.forEach((kind, byId) -> {
            MongoCollection<Document> collection = collections.get(kind);
            Map<String, Document> stored = new HashMap<>();
            collection.find(in("_id", byId.keySet())).forEach(d -> stored.put(d.getString("_id"), d));
            List<UpdateOneModel<Document>> writes = new ArrayList<>();
            for (ProfileFact fact : byId.values()) {
                Document before = stored.get(fact.id());
                if (before != null && version(before) >= fact.version()) {
                    copies.add(copyOf(kind, before));
                    continue;
                }
                List<Bson> updates = sets(fact);
                updates.add(Updates.set(ReadModelCopies.VERSION, fact.version()));
                writes.add(new UpdateOneModel<>(eq("_id", fact.id()), Updates.combine(updates),
                        new UpdateOptions().upsert(true)));
                // What the upsert leaves: the member and programme of the first copy (set on insert only).
                copies.add(before == null ? new Copy(fact, false) : new Copy(new ProfileFact(kind, fact.id(),
                        before.getString("memberSlug"), fact.version(), fact.counted(), before.getString("programme")),
                        Boolean.TRUE.equals(before.getBoolean("inProfile"))));
            }
            if (!writes.isEmpty()) {
                collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            }
        });
        return copies;
    }

    private static List<Bson> sets(ProfileFact fact) {
        List<Bson> sets = new ArrayList<>(List.of(Updates.set("counted", fact.counted()),
                // A fact's member (and an axis's programme) never change in the owning service; set once, so a
                // count taken for a member is always given back to the same member.
                Updates.setOnInsert("memberSlug", fact.memberSlug()),
                Updates.setOnInsert("inProfile", false)));
        if (fact.programme() != null) {
            sets.add(Updates.setOnInsert("programme", fact.programme()));
        }
        return sets;
    }

    public Optional<Copy> find(ProfileFact.Kind kind, String id) {
        return Optional.ofNullable(collections.get(kind).find(eq("_id", id)).first()).map(d -> copyOf(kind, d));
    }

    private static Copy copyOf(ProfileFact.Kind kind, Document d) {
        return new Copy(new ProfileFact(kind, d.getString("_id"), d.getString("memberSlug"), version(d),
                Boolean.TRUE.equals(d.getBoolean("counted")), d.getString("programme")),
                Boolean.TRUE.equals(d.getBoolean("inProfile")));
    }

    private static long version(Document d) {
        return ((Number) d.get(ReadModelCopies.VERSION)).longValue();
    }

    /** Records that the member's count now includes the fact (or no longer does); repeating it changes nothing. */
    public void markInProfile(ProfileFact.Kind kind, String id, boolean inProfile) {
        // By _id alone, the filter an index answers on every MongoDB-wire server (see ReadModelCopies).
        collections.get(kind).updateOne(eq("_id", id), Updates.set("inProfile", inProfile));
    }

    /** {@link #markInProfile} for many copies, each now as it counts (one bulk write per kind). */
    public void markAllInProfile(List<Copy> settledNow) {
        Map<ProfileFact.Kind, List<UpdateOneModel<Document>>> writes = new EnumMap<>(ProfileFact.Kind.class);
        for (Copy copy : settledNow) {
            writes.computeIfAbsent(copy.fact().kind(), k -> new ArrayList<>()).add(new UpdateOneModel<>(
                    eq("_id", copy.fact().id()), Updates.set("inProfile", copy.fact().counted())));
        }
        writes.forEach((kind, w) -> collections.get(kind).bulkWrite(w, new BulkWriteOptions().ordered(false)));
    }
}
