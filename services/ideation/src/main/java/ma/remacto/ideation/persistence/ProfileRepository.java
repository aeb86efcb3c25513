package ma.remacto.ideation.persistence;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;

import ma.remacto.ideation.domain.SubmitterProfile;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Submitters' statistical profiles, kept in their own collection: they are counted, never joined
 * back to an idea for display, and never leave the service.
 */
@Repository
public class ProfileRepository {

    private final MongoCollection<Document> profiles;

    public ProfileRepository(MongoDatabase database) {
        this.profiles = database.getCollection("submitter_profiles");
        profiles.createIndex(Indexes.ascending("memberSlug"));
        profiles.createIndex(Indexes.ascending("regionSlug"));
    }

    /** One submitter's profile, filed under the idea it came with. */
    public record Entry(String ideaId, String memberSlug, String regionSlug, String axisId, String source,
            Date submittedAt, SubmitterProfile profile) {
    }

    /** Inserts the profiles of new ideas in one write; ideas without a profile have none. */
    public void saveAll(List<Entry> entries) {
        List<Document> documents = entries.stream().filter(e -> e.profile() != null && !e.profile().isEmpty())
                .map(ProfileRepository::document).toList();
        if (!documents.isEmpty()) {
            profiles.insertMany(documents);
        }
    }

    private static Document document(Entry e) {
        SubmitterProfile profile = e.profile();
        return new Document("_id", e.ideaId()).append("memberSlug", e.memberSlug()).append("regionSlug", e.regionSlug())
                .append("axisId", e.axisId()).append("source", e.source()).append("submittedAt", e.submittedAt())
                .append("participantType", name(profile.participantType())).append("gender", name(profile.gender()))
                .append("ageGroup", name(profile.ageGroup()));
    }

    public List<Document> countBy(Bson filter, String field) {
        return profiles.aggregate(List.of(new Document("$match", filter),
                new Document("$group", new Document("_id", "$" + field).append("count", new Document("$sum", 1)))))
                .into(new ArrayList<>());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
