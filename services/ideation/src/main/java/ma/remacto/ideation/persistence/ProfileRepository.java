package ma.remacto.ideation.persistence;

import java.util.ArrayList;
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

    public void save(String ideaId, String memberSlug, String regionSlug, String axisId, String source,
            java.util.Date submittedAt, SubmitterProfile profile) {
        if (profile == null || profile.isEmpty()) {
            return;
        }
        profiles.replaceOne(new Document("_id", ideaId), new Document("_id", ideaId)
                .append("memberSlug", memberSlug).append("regionSlug", regionSlug).append("axisId", axisId)
                .append("source", source).append("submittedAt", submittedAt)
                .append("participantType", name(profile.participantType())).append("gender", name(profile.gender()))
                .append("ageGroup", name(profile.ageGroup())), new com.mongodb.client.model.ReplaceOptions().upsert(true));
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
