package ma.remacto.platform.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Copies of other services' aggregates kept from their events (read models). Events of one aggregate
 * arrive in order but may be redelivered, and a rebuild may replay old ones: a copy is only ever replaced
 * by a newer version of the same aggregate.
 *
 * <p>The version is compared after reading the copy by {@code _id}, and the write filters on {@code _id} alone:
 * that is what an index answers on every MongoDB-wire server (the local one scans the whole collection for any
 * other filter, which made every copied event cost a scan). The read and the write are not one atomic step,
 * which is safe because one aggregate's events are keyed to one partition, read by one consumer of the group: a
 * copy has one writer. In the short overlap of a rebalance, when a consumer that lost the partition is still
 * applying its last poll, an older version may land last; the aggregate's next event, which only the new owner
 * reads, puts the newest back.
 */
public final class ReadModelCopies {

    public static final String VERSION = "version";

    private ReadModelCopies() {
    }

    /** Writes the fields if the stored copy is older than {@code version} (or absent); returns whether it did. */
    public static boolean upsertIfNewer(MongoCollection<Document> collection, Object id, long version, List<Bson> sets) {
        Document stored = collection.find(eq("_id", id)).projection(Projections.include(VERSION)).first();
        if (stored != null && stored.get(VERSION) instanceof Number storedVersion && storedVersion.longValue() >= version) {
            return false;
        }
        List<Bson> updates = new ArrayList<>(sets);
        updates.add(Updates.set(VERSION, version));
        collection.updateOne(eq("_id", id), Updates.combine(updates), new UpdateOptions().upsert(true));
        return true;
    }
}
