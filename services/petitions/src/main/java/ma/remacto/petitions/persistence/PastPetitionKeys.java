package ma.remacto.petitions.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One key per past petition recorded by staff ({@code _id} = member, petitioner and subject hashed), so recording the
 * same past petition twice (a demo load run again) is refused as a duplicate rather than stored twice.
 */
@Repository
public class PastPetitionKeys {

    public static final String COLLECTION = "past_petition_keys";

    private final MongoCollection<Document> keys;

    public PastPetitionKeys(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    /** False when the key is taken. */
    public boolean claim(String key, String petitionId) {
        try {
            keys.insertOne(new Document("_id", key).append("petitionId", petitionId));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public void release(String key) {
        keys.deleteOne(new Document("_id", key));
    }
}
