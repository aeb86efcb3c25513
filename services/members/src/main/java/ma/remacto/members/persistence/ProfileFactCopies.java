package ma.remacto.members.persistence;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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
        List<Bson> sets = new ArrayList<>(List.of(Updates.set("counted", fact.counted()),
                // A fact's member (and an axis's programme) never change in the owning service; set once, so a
                // count taken for a member is always given back to the same member.
                Updates.setOnInsert("memberSlug", fact.memberSlug()),
                Updates.setOnInsert("inProfile", false)));
        if (fact.programme() != null) {
            sets.add(Updates.setOnInsert("programme", fact.programme()));
        }
        return ReadModelCopies.upsertIfNewer(collections.get(fact.kind()), fact.id(), fact.version(), sets);
    }

    public Optional<Copy> find(ProfileFact.Kind kind, String id) {
        return Optional.ofNullable(collections.get(kind).find(eq("_id", id)).first()).map(d -> new Copy(
                new ProfileFact(kind, id, d.getString("memberSlug"), ((Number) d.get(ReadModelCopies.VERSION)).longValue(),
                        Boolean.TRUE.equals(d.getBoolean("counted")), d.getString("programme")),
                Boolean.TRUE.equals(d.getBoolean("inProfile"))));
    }

    /** Records that the member's count now includes the fact (or no longer does); repeating it changes nothing. */
    public void markInProfile(ProfileFact.Kind kind, String id, boolean inProfile) {
        // By _id alone, the filter an index answers on every MongoDB-wire server (see ReadModelCopies).
        collections.get(kind).updateOne(eq("_id", id), Updates.set("inProfile", inProfile));
    }
}
