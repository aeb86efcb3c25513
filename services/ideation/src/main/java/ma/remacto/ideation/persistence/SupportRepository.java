package ma.remacto.ideation.persistence;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One document per (idea, supporter): the unique index makes a second support by the same person
 * fail however many requests race, and the idea's count is recounted from here, so it is exact.
 */
@Repository
public class SupportRepository {

    private final MongoCollection<Document> supports;

    public SupportRepository(MongoDatabase database) {
        this.supports = database.getCollection("supports");
        supports.createIndex(Indexes.ascending("ideaId", "supporter"), new IndexOptions().unique(true));
    }

    /** Returns false when this supporter already supports the idea. */
    public boolean add(String ideaId, String supporter, Instant at) {
        try {
            supports.insertOne(new Document("ideaId", ideaId).append("supporter", supporter).append("at", Date.from(at)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public long count(String ideaId) {
        return supports.countDocuments(eq("ideaId", ideaId));
    }
}
