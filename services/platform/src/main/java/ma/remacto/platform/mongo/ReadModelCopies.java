package ma.remacto.platform.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Copies of other services' aggregates kept from their events (read models). Events of one aggregate
 * arrive in order but may be redelivered, and a rebuild may replay old ones: a copy is only ever replaced
 * by a newer version of the same aggregate.
 */
public final class ReadModelCopies {

    public static final String VERSION = "version";

    private ReadModelCopies() {
    }

    /** Writes the fields if the stored copy is older than {@code version} (or absent); returns whether it did. */
    public static boolean upsertIfNewer(MongoCollection<Document> collection, Object id, long version, List<Bson> sets) {
        List<Bson> updates = new ArrayList<>(sets);
        updates.add(Updates.set(VERSION, version));
        try {
            UpdateResult result = collection.updateOne(and(eq("_id", id), lt(VERSION, version)),
                    Updates.combine(updates), new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            // The stored copy is as new or newer: the upsert collided with its _id and there is nothing to do.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }
}
