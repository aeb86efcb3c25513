package ma.remacto.platform.events;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.mongo.OutboxSignals;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the events staged in aggregate documents, each aggregate's events in the order they
 * were staged, with an idempotent producer; an event leaves the document only once Kafka has
 * acknowledged it. A crash between the acknowledgement and the removal republishes the event,
 * which consumers drop by event id: delivery is at least once, and a consumer applies it once.
 *
 * <p>With several replicas of a service, a lease in {@code outbox_leases} lets one relay publish
 * at a time so one aggregate's events are never sent by two relays in parallel.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    static final String PENDING_FIRST = AggregateStore.PENDING_EVENTS + ".0";

    private final MongoDatabase database;
    private final EventsProperties properties;
    private final KafkaClients clients;
    private final Clock clock;
    private final String owner = Ids.newId();
    private final MongoCollection<Document> leases;
    private ScheduledExecutorService executor;
    private KafkaProducer<String, byte[]> producer;
    private volatile boolean running;
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(MongoDatabase database, EventsProperties properties, KafkaClients clients, Clock clock,
            MeterRegistry registry) {
        this.database = database;
        this.properties = properties;
        this.clients = clients;
        this.clock = clock;
        this.leases = database.getCollection("outbox_leases");
        this.published = Counter.builder("remacto.outbox.published").description("Events acknowledged by Kafka")
                .register(registry);
        this.failures = Counter.builder("remacto.outbox.failures").description("Relay rounds that failed")
                .register(registry);
        for (String name : properties.outboxCollections()) {
            MongoCollection<Document> collection = database.getCollection(name);
            Gauge.builder("remacto.outbox.backlog", collection, OutboxRelay::backlog)
                    .description("Aggregates with events not yet published").tag("collection", name)
                    // Micrometer holds gauge objects weakly; without this the collection is collected and reads NaN.
                    .strongReference(true)
                    .register(registry);
        }
    }

    @Override
    public void start() {
        if (properties.outboxCollections().isEmpty()) {
            return;
        }
        producer = clients.producer("outbox");
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").factory());
        running = true;
        executor.execute(this::flagStrays);
        executor.scheduleWithFixedDelay(this::safeRound, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                // A round blocked on an unreachable broker is abandoned: its events stay pending for next time.
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
        releaseLeases();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server so in-flight requests' events still get out. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /**
     * Documents that carry events without the outbox key (written by an earlier version, or by hand) are
     * keyed once at start: the only scan of a whole collection the relay makes.
     */
    private void flagStrays() {
        for (String name : properties.outboxCollections()) {
            try {
                MongoCollection<Document> collection = database.getCollection(name);
                List<Object> strays = collection.find(and(exists(PENDING_FIRST), exists(AggregateStore.OUTBOX_KEY, false)))
                        .projection(Projections.include(AggregateStore.ID)).map(d -> d.get(AggregateStore.ID))
                        .into(new ArrayList<>());
                for (Object id : strays) {
                    collection.updateOne(eq(AggregateStore.ID, id), Updates.set(AggregateStore.OUTBOX_KEY, String.valueOf(id)));
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not flag pending events in {}: {}", name, e.toString());
            }
        }
    }

    /** Counted by reading the sparse index's entries: a count query would scan the collection on the wire server. */
    private static double backlog(MongoCollection<Document> collection) {
        int count = 0;
        try (var cursor = collection.find(AggregateStore.pendingOutbox()).projection(Projections.include(AggregateStore.ID))
                .batchSize(1000).cursor()) {
            while (cursor.hasNext()) {
                cursor.next();
                count++;
            }
        }
        return count;
    }

    private void safeRound() {
        try {
            // Keep going while rounds come back full: a burst drains at Kafka's pace, not the poll interval's.
            boolean full;
            do {
                full = running && publishRound() >= properties.batchSize();
            } while (full);
        } catch (Exception e) {
            failures.increment();
            // Events stay in their documents; the next round tries again.
            LOG.warn("Outbox relay round failed: {}", e.toString());
        }
    }

    /** One pass over every outbox collection; returns the number of aggregates handled in the fullest one. */
    public int publishRound() throws Exception {
        int most = 0;
        for (String name : properties.outboxCollections()) {
            if (!running || !holdLease(name)) {
                continue;
            }
            MongoCollection<Document> collection = database.getCollection(name);
            List<Object> ids = nextIds(collection);
            List<Document> documents = new ArrayList<>();
            if (!ids.isEmpty()) {
                // By id: the same cost whatever the backlog. Already published ones have no key any more.
                collection.find(in(AggregateStore.ID, ids)).projection(PUBLISHING)
                        .forEach(d -> {
                            if (d.containsKey(AggregateStore.OUTBOX_KEY)) {
                                documents.add(d);
                            }
                        });
            }
            publish(collection, documents);
            most = Math.max(most, ids.size());
        }
        return most;
    }

    private static final org.bson.conversions.Bson PUBLISHING = Projections.include(AggregateStore.PENDING_EVENTS,
            AggregateStore.REVISION, AggregateStore.OUTBOX_KEY);
    /** How often the relay looks for pending events it was not told about, while it is told about others. */
    private static final long SWEEP_EVERY_MILLIS = 5_000;
    /** Ids one sweep collects: reading the pending index costs the same for one id or for all of them. */
    private static final int SWEEP_LIMIT = 100_000;
    private final Map<String, Long> lastSweep = new HashMap<>();
    private final Map<String, ArrayDeque<Object>> swept = new HashMap<>();

    /**
     * The ids of the next round: first those this process was told about ({@link OutboxSignals}), then those
     * a sweep of the pending index found. A sweep runs when nothing else is waiting, or every few seconds once
     * the previous sweep's ids are used up; it reads only ids, so one pass serves many rounds.
     */
    private List<Object> nextIds(MongoCollection<Document> collection) {
        String namespace = collection.getNamespace().getFullName();
        List<Object> ids = OutboxSignals.drain(namespace, properties.batchSize());
        ArrayDeque<Object> found = swept.computeIfAbsent(namespace, n -> new ArrayDeque<>());
        boolean sweepDue = clock.millis() - lastSweep.getOrDefault(namespace, 0L) >= SWEEP_EVERY_MILLIS;
        if (found.isEmpty() && (ids.isEmpty() || sweepDue)) {
            collection.find(AggregateStore.pendingOutbox()).projection(Projections.include(AggregateStore.ID))
                    .limit(SWEEP_LIMIT).batchSize(10_000).forEach(d -> found.add(d.get(AggregateStore.ID)));
            lastSweep.put(namespace, clock.millis());
        }
        while (ids.size() < properties.batchSize() && !found.isEmpty()) {
            ids.add(found.poll());
        }
        return ids;
    }

    /**
     * Sends the events of a batch of aggregates, each aggregate's in order (same key, same partition,
     * idempotent producer), waits for Kafka once, then clears what was acknowledged.
     */
    private void publish(MongoCollection<Document> collection, List<Document> documents) throws Exception {
        List<List<Future<RecordMetadata>>> acknowledgements = new ArrayList<>();
        List<List<String>> eventIds = new ArrayList<>();
        for (Document document : documents) {
            List<PendingEvent> events = document.getList(AggregateStore.PENDING_EVENTS, Document.class, List.of())
                    .stream().map(PendingEvent::fromDocument).toList();
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (PendingEvent event : events) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(), event.envelope());
                record.headers().add("event-id", event.eventId().getBytes(StandardCharsets.UTF_8));
                record.headers().add("event-type", event.type().getBytes(StandardCharsets.UTF_8));
                record.headers().add("content-type", "application/x-protobuf".getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            acknowledgements.add(sent);
            eventIds.add(events.stream().map(PendingEvent::eventId).toList());
        }
        producer.flush();
        Exception firstFailure = null;
        List<Integer> acknowledged = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            try {
                for (Future<RecordMetadata> acknowledgement : acknowledgements.get(i)) {
                    acknowledgement.get();
                }
                acknowledged.add(i);
            } catch (Exception e) {
                firstFailure = firstFailure == null ? e : firstFailure; // this aggregate's events stay pending
            }
        }
        clearAll(collection, acknowledged.stream().map(documents::get).toList(),
                acknowledged.stream().map(eventIds::get).toList());
        acknowledged.forEach(i -> published.increment(eventIds.get(i).size()));
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    /**
     * Clears a batch in one request when none of its aggregates changed since they were read (the usual
     * case: one round trip instead of one per aggregate); otherwise one by one, which handles the changed ones.
     */
    private void clearAll(MongoCollection<Document> collection, List<Document> read, List<List<String>> ids) {
        if (read.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> clears = read.stream().map(d -> new UpdateOneModel<Document>(
                eq(AggregateStore.REVISION, d.get(AggregateStore.REVISION)),
                Updates.combine(Updates.set(AggregateStore.PENDING_EVENTS, List.of()),
                        Updates.unset(AggregateStore.OUTBOX_KEY)))).toList();
        if (collection.bulkWrite(clears, new BulkWriteOptions().ordered(false)).getMatchedCount() == clears.size()) {
            return;
        }
        for (int i = 0; i < read.size(); i++) {
            clear(collection, read.get(i), ids.get(i));
        }
    }

    /**
     * Removes the published events. If the aggregate has not changed since it was read (same version: no
     * other event staged meanwhile), the outbox key goes in the same write; otherwise only these events go
     * and the key stays, so the next round picks up the rest. Every filter is on one uniquely indexed field
     * (the revision, or {@code _id}), which both MongoDB and the wire server answer from an index.
     */
    private void clear(MongoCollection<Document> collection, Document read, List<String> ids) {
        Object id = read.get(AggregateStore.ID);
        long cleared = collection.updateOne(eq(AggregateStore.REVISION, read.get(AggregateStore.REVISION)),
                Updates.combine(Updates.set(AggregateStore.PENDING_EVENTS, List.of()),
                        Updates.unset(AggregateStore.OUTBOX_KEY))).getModifiedCount();
        if (cleared == 0 && !ids.isEmpty()) {
            collection.updateOne(eq(AggregateStore.ID, id), Updates.pull(AggregateStore.PENDING_EVENTS, in("eventId", ids)));
        }
    }

    private boolean holdLease(String name) {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(properties.leaseDuration()));
        try {
            // Matches only a lease that is ours or expired; otherwise the upsert collides with the holder's.
            leases.findOneAndUpdate(
                    and(eq("_id", name), or(eq("owner", owner), lt("until", now))),
                    Updates.combine(Updates.set("owner", owner), Updates.set("until", until)),
                    new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // another instance holds a valid lease
            }
            throw e;
        } catch (com.mongodb.MongoCommandException e) {
            if (e.getErrorCode() == 11000) {
                return false;
            }
            throw e;
        }
    }

    private void releaseLeases() {
        try {
            // Best effort with a short deadline: an unreachable database must not hold up shutdown.
            leases.withTimeout(2, TimeUnit.SECONDS).updateMany(eq("owner", owner), Updates.set("until", new Date(0)));
        } catch (RuntimeException e) {
            LOG.debug("Could not release outbox leases: {}", e.toString());
        }
    }
}
