package ma.remacto.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.InvalidProtocolBufferException;
import com.mongodb.MongoException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.platform.mongo.ProcessedEvents;
import ma.remacto.platform.web.CorrelationId;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one subscription: poll, skip events already applied, apply, remember, and only then commit
 * the offsets. A handler failure is retried; after the configured attempts, or at once for a
 * poison event, the record goes to the topic's dead-letter topic with the reason in its headers.
 * Storage outages (MongoDB unreachable, or a handler's {@link StorageUnavailableException}) are retried
 * without limit: the event is not poison.
 */
class SubscriptionRunner implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRunner.class);
    private static final Duration LAG_EVERY = Duration.ofSeconds(5);

    private final EventSubscription subscription;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> deadLetters;
    private final ProcessedEvents processed;
    private final EventsProperties properties;
    private final Clock clock;
    private final MeterRegistry registry;
    private final AtomicLong lag = new AtomicLong();
    private volatile boolean running = true;
    private long lagMeasuredAt;

    SubscriptionRunner(EventSubscription subscription, KafkaClients clients, ProcessedEvents processed,
            EventsProperties properties, Clock clock, MeterRegistry registry) {
        this.subscription = subscription;
        this.consumer = clients.consumer(subscription.name());
        this.deadLetters = clients.producer("dlt-" + subscription.name());
        this.processed = processed;
        this.properties = properties;
        this.clock = clock;
        this.registry = registry;
        new KafkaClientMetrics(consumer).bindTo(registry);
        Gauge.builder("remacto.consumer.lag", lag, AtomicLong::get)
                .description("Records not yet consumed by the subscription").tag("subscription", subscription.name())
                .register(registry);
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(subscription.topics().stream().map(Topic::name).toList());
            long backoff = 500;
            while (running) {
                try {
                    pollOnce();
                    backoff = 500;
                } catch (WakeupException stopping) {
                    throw stopping;
                } catch (RuntimeException e) {
                    // Never let the subscription die: go back to the last committed offsets and try again.
                    LOG.error("Subscription {} failed; resuming from its committed offsets", subscription.name(), e);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                    rewindToCommitted();
                }
            }
        } catch (WakeupException stopping) {
            // close below
        } finally {
            consumer.close(Duration.ofSeconds(2));
            deadLetters.close(Duration.ofSeconds(2));
        }
    }

    private void pollOnce() {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        if (subscription.batchHandler() != null && records.count() > 1 && applyBatch(records)) {
            consumer.commitSync(nextOffsets(records));
            measureLag();
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!process(record)) {
                break; // stopping: the rest is redelivered
            }
            done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
        measureLag();
    }

    /**
     * Applies a whole poll through the batch handler: one dedupe query, one handler call, one write of the
     * processed ids. Returns false (nothing recorded) when the poll must go one event at a time instead: an
     * unreadable record, or a handler failure, which the single path retries or dead-letters per event.
     */
    private boolean applyBatch(ConsumerRecords<String, byte[]> records) {
        Map<String, EventEnvelope> envelopes = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                EventEnvelope envelope = EventEnvelope.parseFrom(record.value());
                envelopes.putIfAbsent(envelope.getEventId(), envelope);
            } catch (InvalidProtocolBufferException | NullPointerException e) {
                return false;
            }
        }
        try {
            Set<String> seen = processed.alreadyProcessed(subscription.name(), envelopes.keySet());
            List<EventEnvelope> fresh = envelopes.values().stream().filter(e -> !seen.contains(e.getEventId())).toList();
            if (!fresh.isEmpty()) {
                subscription.batchHandler().handleAll(fresh);
                processed.recordAll(subscription.name(), fresh.stream().map(EventEnvelope::getEventId).toList());
                // How many events a poll brings to the batch handler: what catching up costs per round trip.
                registry.summary("remacto.events.batch.size", "subscription", subscription.name()).record(fresh.size());
            }
            seen.forEach(id -> count("duplicate", envelopes.get(id).getEventType()));
            fresh.forEach(e -> count("processed", e.getEventType()));
            return true;
        } catch (Exception e) {
            LOG.warn("Batch of {} events failed for {}; applying them one at a time: {}", envelopes.size(),
                    subscription.name(), e.toString());
            count("batch-fallback", "batch");
            return false;
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            next.merge(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        return next;
    }

    private void rewindToCommitted() {
        try {
            Set<TopicPartition> assignment = consumer.assignment();
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assignment);
            for (TopicPartition partition : assignment) {
                OffsetAndMetadata offset = committed.get(partition);
                if (offset == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
            }
        } catch (WakeupException stopping) {
            throw stopping;
        } catch (RuntimeException e) {
            LOG.warn("Subscription {} could not rewind yet: {}", subscription.name(), e.toString());
        }
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }

    /** Returns false only when stopping before the record's work is stored. */
    private boolean process(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope;
        try {
            envelope = EventEnvelope.parseFrom(record.value());
        } catch (InvalidProtocolBufferException | NullPointerException e) {
            deadLetter(record, "unreadable envelope: " + e.getMessage());
            count("dead-lettered", "unknown");
            return true;
        }
        MDC.put(CorrelationId.MDC_KEY, envelope.getCorrelationId());
        try {
            return apply(record, envelope);
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }

    private boolean apply(ConsumerRecord<String, byte[]> record, EventEnvelope envelope) {
        int attempts = 0;
        long backoff = 100;
        while (running) {
            try {
                if (processed.contains(subscription.name(), envelope.getEventId())) {
                    count("duplicate", envelope.getEventType());
                    return true;
                }
                subscription.handler().handle(envelope);
                processed.record(subscription.name(), envelope.getEventId());
                count("processed", envelope.getEventType());
                return true;
            } catch (PoisonEventException e) {
                return park(record, envelope, e.getMessage());
            } catch (MongoException | StorageUnavailableException e) {
                LOG.warn("Storage unavailable for {} ({}); retrying", subscription.name(), e.toString());
            } catch (Exception e) {
                attempts++;
                if (attempts >= properties.maxAttempts()) {
                    return park(record, envelope, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                LOG.warn("Handler of {} failed on {} (attempt {}): {}", subscription.name(),
                        envelope.getEventId(), attempts, e.toString());
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 10_000);
        }
        return false;
    }

    private boolean park(ConsumerRecord<String, byte[]> record, EventEnvelope envelope, String reason) {
        deadLetter(record, reason);
        processed.record(subscription.name(), envelope.getEventId());
        count("dead-lettered", envelope.getEventType());
        return true;
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        LOG.error("Dead-lettering {}-{}@{} for {}: {}", record.topic(), record.partition(), record.offset(),
                subscription.name(), reason);
        ProducerRecord<String, byte[]> parked = new ProducerRecord<>(record.topic() + ".dlt", record.key(), record.value());
        record.headers().forEach(header -> parked.headers().add(header));
        header(parked, "dlt-reason", reason == null ? "unknown" : reason);
        header(parked, "dlt-subscription", subscription.name());
        header(parked, "dlt-original-topic", record.topic());
        header(parked, "dlt-original-partition", String.valueOf(record.partition()));
        header(parked, "dlt-original-offset", String.valueOf(record.offset()));
        header(parked, "dlt-failed-at", clock.instant().toString());
        long backoff = 500;
        while (true) {
            try {
                // The offset is committed only once the dead letter is safely stored.
                deadLetters.send(parked).get();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while writing a dead letter", e);
            } catch (Exception e) {
                if (!running) {
                    throw new IllegalStateException("Stopping before the dead letter of " + subscription.name()
                            + " was stored", e);
                }
                LOG.warn("Cannot write dead letter for {} yet: {}", subscription.name(), e.toString());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void count(String outcome, String type) {
        registry.counter("remacto.events.consumed", "subscription", subscription.name(), "outcome", outcome,
                "type", type).increment();
    }

    private void measureLag() {
        long now = clock.millis();
        if (now - lagMeasuredAt < LAG_EVERY.toMillis()) {
            return;
        }
        lagMeasuredAt = now;
        Set<TopicPartition> assignment = consumer.assignment();
        if (assignment.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(assignment);
        long total = 0;
        for (TopicPartition partition : List.copyOf(assignment)) {
            total += Math.max(0, ends.getOrDefault(partition, 0L) - consumer.position(partition));
        }
        lag.set(total);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
