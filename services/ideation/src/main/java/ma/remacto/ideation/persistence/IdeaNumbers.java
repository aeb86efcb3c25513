package ma.remacto.ideation.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Each member numbers its ideas 1, 2, 3… (the numbers its staff use on their tables, e.g. idea 645). */
@Repository
public class IdeaNumbers {

    private final MongoCollection<Document> counters;

    public IdeaNumbers(MongoDatabase database) {
        this.counters = database.getCollection("idea_numbers");
    }

    /** Reserves {@code count} consecutive numbers in one atomic write and returns the first. */
    public long take(String memberSlug, long count) {
        Document counter = counters.findOneAndUpdate(new Document("_id", memberSlug), Updates.inc("last", count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("last")).longValue() - count + 1;
    }

    /** A number given from a paper table: later automatic numbers continue after the highest one. */
    public void reserve(String memberSlug, long number) {
        counters.updateOne(new Document("_id", memberSlug), Updates.max("last", number),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }
}
