package ma.remacto.platform.mongo;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import org.bson.Document;

/**
 * Event ids a subscription has already applied. Consumers check it before applying an event and
 * record it after, so an event delivered twice (relay retry, rebalance) has one effect.
 */
public class ProcessedEvents {

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public ProcessedEvents(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection("processed_events");
        this.clock = clock;
        // Redeliveries happen within minutes; a month keeps the collection small on real MongoDB.
        collection.createIndex(Indexes.ascending("processedAt"), new IndexOptions().expireAfter(30L, TimeUnit.DAYS));
    }

    public boolean contains(String subscription, String eventId) {
        return collection.find(Filters.eq("_id", key(subscription, eventId))).first() != null;
    }

    public void record(String subscription, String eventId) {
        try {
            collection.insertOne(new Document("_id", key(subscription, eventId))
                    .append("processedAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static String key(String subscription, String eventId) {
        return subscription + "/" + eventId;
    }
}
