package ma.remacto.consultations.persistence;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import ma.remacto.consultations.domain.ParticipantProfile;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Participants' statistical profiles, apart from what they wrote: one per person per consultation, under a
 * keyed hash of consultation and subject ({@code ParticipantKeys}), with no contribution id, subject or date, so
 * a profile cannot be joined back to a contribution. Only counted.
 */
@Repository
public class ParticipantRepository {

    public static final String COLLECTION = "consultation_participants";

    private final MongoCollection<Document> collection;

    public ParticipantRepository(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    /** Counts the person once per consultation: a second profile from the same person changes nothing. */
    public void record(String key, String consultationId, String memberSlug, String regionSlug, ParticipantProfile p) {
        try {
            collection.insertOne(new Document("_id", key).append("consultationId", consultationId)
                    .append("memberSlug", memberSlug).append("regionSlug", regionSlug)
                    .append("participantType", p.participantType()).append("gender", p.gender())
                    .append("ageGroup", p.ageGroup()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    public List<ParticipantProfile> ofConsultation(String consultationId) {
        return profiles(eq("consultationId", consultationId));
    }

    /** The profiles of a member's consultations, of a region's, of both (null: not filtered), or of all. */
    public List<ParticipantProfile> of(String memberSlug, String regionSlug) {
        List<Bson> filters = new ArrayList<>();
        if (memberSlug != null) {
            filters.add(eq("memberSlug", memberSlug));
        }
        if (regionSlug != null) {
            filters.add(eq("regionSlug", regionSlug));
        }
        return profiles(filters.isEmpty() ? Filters.empty() : Filters.and(filters));
    }

    private List<ParticipantProfile> profiles(Bson filter) {
        return collection.find(filter).map(d -> new ParticipantProfile(d.getString("participantType"),
                d.getString("gender"), d.getString("ageGroup"))).into(new ArrayList<>());
    }

}
