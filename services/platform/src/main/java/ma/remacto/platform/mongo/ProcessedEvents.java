package ma.remacto.platform.mongo;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;

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

    /** Which of these event ids the subscription has already applied: one query for a whole poll. */
    public Set<String> alreadyProcessed(String subscription, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        String prefix = subscription + "/";
        return collection.find(Filters.in("_id", eventIds.stream().map(id -> key(subscription, id)).toList()))
                .projection(Projections.include("_id")).map(d -> d.getString("_id").substring(prefix.length()))
                .into(new HashSet<>());
    }

    /** Records many applied events in one write; ids recorded already (a redelivery) are skipped. */
    public void recordAll(String subscription, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Date now = Date.from(clock.instant());
        try {
            collection.insertMany(eventIds.stream().map(id -> new Document("_id", key(subscription, id))
                    .append("processedAt", now)).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode())
                    != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    private static String key(String subscription, String eventId) {
        return subscription + "/" + eventId;
    }
}
