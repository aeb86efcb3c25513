package ma.remacto.petitions.persistence;

import static com.mongodb.client.model.Filters.eq;

import java.util.Locale;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The receipt numbers given at filing: a readable sequence per member and year ({@code LARACHE-2026-0003}), from a
 * counter document per member and year ({@code _id} = {@code <member>:<year>}) incremented atomically, so two
 * filings never get the same number.
 */
@Repository
public class ReceiptNumbers {

    public static final String COLLECTION = "receipt_counters";

    private final MongoCollection<Document> counters;

    public ReceiptNumbers(MongoDatabase database) {
        this.counters = database.getCollection(COLLECTION);
    }

    public String next(String memberSlug, int year) {
        String key = memberSlug + ":" + year;
        long number;
        try {
            number = increment(key);
        } catch (MongoWriteException | MongoCommandException e) {
            // two first filings of the year raced on the upsert: the counter exists now
            number = increment(key);
        }
        return format(memberSlug, year, number);
    }

    public static String format(String memberSlug, int year, long number) {
        return memberSlug.toUpperCase(Locale.ROOT) + "-" + year + "-" + String.format(Locale.ROOT, "%04d", number);
    }

    private long increment(String key) {
        Document counter = counters.findOneAndUpdate(eq("_id", key), Updates.inc("next", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("next")).longValue();
    }
}
