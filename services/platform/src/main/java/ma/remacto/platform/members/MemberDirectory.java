package ma.remacto.platform.members;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.MemberCard;
import ma.remacto.events.v1.MemberDeactivated;
import ma.remacto.events.v1.MemberReactivated;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.events.v1.MemberStatus;
import ma.remacto.events.v1.MemberUpdated;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.mongo.ReadModelCopies;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;

import org.bson.Document;

/**
 * A service's own copy of the member directory, kept from the members topic: services never call
 * the members service for reference data. Events older than what is stored (by the member's
 * version) are ignored, so redelivery and replays from the compacted topic are harmless.
 */
public class MemberDirectory {

    public static final String COLLECTION = "member_directory";

    private final MongoCollection<Document> collection;

    public MemberDirectory(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("regionSlug"));
    }

    public void apply(EventEnvelope envelope) {
        MemberCard card;
        try {
            card = switch (envelope.getEventType()) {
                case "MemberRegistered" -> envelope.getPayload().unpack(MemberRegistered.class).getMember();
                case "MemberUpdated" -> envelope.getPayload().unpack(MemberUpdated.class).getMember();
                case "MemberDeactivated" -> envelope.getPayload().unpack(MemberDeactivated.class).getMember();
                case "MemberReactivated" -> envelope.getPayload().unpack(MemberReactivated.class).getMember();
                default -> null; // a newer event type this version does not know: nothing to copy
            };
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
        if (card == null) {
            return;
        }
        if (card.getSlug().isBlank()) {
            throw new PoisonEventException("member card without a slug");
        }
        ReadModelCopies.upsertIfNewer(collection, card.getSlug(), card.getVersion(), List.of(
                Updates.set("kind", card.getKind().name().replace("MEMBER_KIND_", "")),
                Updates.set("nameAr", card.getName().getAr()),
                Updates.set("nameFr", card.getName().getFr()),
                Updates.set("regionSlug", emptyToNull(card.getRegionSlug())),
                Updates.set("provinceSlug", emptyToNull(card.getProvinceSlug())),
                Updates.set("population", card.getPopulation()),
                Updates.set("hasArrondissements", card.getHasArrondissements()),
                Updates.set("active", card.getStatus() == MemberStatus.MEMBER_STATUS_ACTIVE)));
    }

    public Optional<MemberDirectoryEntry> find(String slug) {
        return Optional.ofNullable(collection.find(eq("_id", slug)).first()).map(MemberDirectory::entry);
    }

    /**
     * The member a request names, which must be known and active; otherwise an invalid-input problem on
     * {@code field} with the service's own codes (the slug is their argument).
     */
    public MemberDirectoryEntry requireActive(String slug, String field, String unknownCode, String inactiveCode) {
        MemberDirectoryEntry member = find(slug).orElseThrow(() -> ProblemException
                .invalidInput(List.of(new FieldProblem(field, unknownCode, slug))));
        if (!member.active()) {
            throw ProblemException.invalidInput(List.of(new FieldProblem(field, inactiveCode, slug)));
        }
        return member;
    }

    /** The region itself and its provinces, prefectures and communes: a regional portal's scope. */
    public List<MemberDirectoryEntry> region(String regionSlug) {
        return collection.find(eq("regionSlug", regionSlug)).map(MemberDirectory::entry).into(new ArrayList<>());
    }

    private static MemberDirectoryEntry entry(Document d) {
        return new MemberDirectoryEntry(d.getString("_id"), d.getString("kind"), d.getString("nameAr"),
                d.getString("nameFr"), d.getString("regionSlug"), d.getString("provinceSlug"),
                ((Number) d.get("population")).longValue(), Boolean.TRUE.equals(d.getBoolean("hasArrondissements")),
                Boolean.TRUE.equals(d.getBoolean("active")), ((Number) d.get("version")).longValue());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
