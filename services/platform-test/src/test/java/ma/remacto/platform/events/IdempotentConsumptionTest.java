package ma.remacto.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import ma.remacto.platform.mongo.ProcessedEvents;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.test.TestStack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A subscription applies each event once however often it is delivered, parks what it cannot
 * apply in the dead-letter topic with the reason, and commits offsets only after its work is stored.
 */
class IdempotentConsumptionTest {

    EventPipelineFixture fixture;
    MongoCollection<Document> effects;
    KafkaProducer<String, byte[]> producer;
    List<EventConsumers> running = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger outageFailures = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger searchEngineFailures = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void setUp() {
        fixture = new EventPipelineFixture(TestStack.kafkaBootstrapServers(), "consume");
        effects = fixture.database.getCollection("effects");
        producer = fixture.clients().producer("test");
    }

    @AfterEach
    void tearDown() {
        running.forEach(EventConsumers::stop);
        producer.close();
        fixture.close();
    }

    EventConsumers consumers(String group) {
        return consumers(group, null);
    }

    EventConsumers consumers(String group, BatchEventHandler batch) {
        EventHandler handler = envelope -> {
            String id = envelope.getAggregateId();
            if (id.startsWith("poison")) {
                throw new PoisonEventException("member card without a region");
            }
            if (id.startsWith("flaky")) {
                throw new IllegalStateException("always failing");
            }
            if (id.startsWith("outage") && outageFailures.getAndIncrement() < 5) {
                // More failures than maxAttempts: storage trouble is waited out, never dead-lettered.
                throw new com.mongodb.MongoSocketReadException("storage unreachable",
                        new com.mongodb.ServerAddress("127.0.0.1", 1));
            }
            if (id.startsWith("engine") && searchEngineFailures.getAndIncrement() < 5) {
                // The handler's own store (a search engine) is down: waited out like MongoDB, never dead-lettered.
                throw new StorageUnavailableException("search engine unreachable", new java.net.ConnectException());
            }
            effects.updateOne(Filters.eq("_id", id), Updates.inc("applied", 1), new UpdateOptions().upsert(true));
        };
        EventSubscription subscription = new EventSubscription(group, List.of(fixture.topic), handler, batch);
        new TopicInitializer(fixture.clients(), (short) 1).ensure(List.of(), List.of(fixture.topic));
        EventConsumers consumers = new EventConsumers(List.of(subscription), fixture.clients(),
                new ProcessedEvents(fixture.database, fixture.clock), fixture.properties(List.of()), fixture.clock,
                fixture.registry);
        consumers.start();
        running.add(consumers);
        return consumers;
    }

    void createTopic() {
        new TopicInitializer(fixture.clients(), (short) 1).ensure(List.of(), List.of(fixture.topic));
    }

    void send(PendingEvent event) throws Exception {
        producer.send(new ProducerRecord<>(fixture.topic.name(), event.key(), event.envelope())).get();
    }

    PendingEvent event(String aggregateId) {
        return fixture.envelopes.stage(new DomainEvent(fixture.topic, "MemberRegistered", 1, "Member", aggregateId, 1,
                aggregateId, ma.remacto.events.v1.MemberRegistered.getDefaultInstance()), Actor.system("test"));
    }

    int applied(String id) {
        Document document = effects.find(Filters.eq("_id", id)).first();
        return document == null ? 0 : document.getInteger("applied");
    }

    @Test
    void anEventDeliveredTwiceHasOneEffect() throws Exception {
        String group = "dedupe-" + UUID.randomUUID();
        EventConsumers consumers = consumers(group);
        PendingEvent once = event("larache");
        send(once);
        send(once); // the relay republishes after a crash between Kafka's ack and the outbox cleanup
        send(event("tetouan"));
        await(() -> applied("tetouan") == 1, Duration.ofSeconds(60));
        assertThat(applied("larache")).isEqualTo(1);
        assertThat(fixture.registry.counter("remacto.events.consumed", "subscription", group, "outcome", "duplicate",
                "type", "MemberRegistered").count()).isEqualTo(1.0);

        // Offsets were committed after the work: a restarted subscription does not apply them again.
        consumers.stop();
        running.remove(consumers);
        consumers(group);
        send(event("beni-ansar"));
        await(() -> applied("beni-ansar") == 1, Duration.ofSeconds(60));
        assertThat(applied("larache")).isEqualTo(1);
        assertThat(applied("tetouan")).isEqualTo(1);
        assertThat(fixture.registry.counter("remacto.events.consumed", "subscription", group, "outcome", "duplicate",
                "type", "MemberRegistered").count()).isEqualTo(1.0);
    }

    @Test
    void aStorageOutageIsWaitedOutNotDeadLettered() throws Exception {
        consumers("outage-" + UUID.randomUUID());
        send(event("outage-1"));
        await(() -> applied("outage-1") == 1, Duration.ofSeconds(60));
        assertThat(outageFailures.get()).isGreaterThan(5);
        assertThat(deadLetters(fixture.topic.deadLetter(), 1, Duration.ofSeconds(3))).doesNotContainKey("outage-1");
    }

    @Test
    void aHandlersOwnStorageOutageIsWaitedOutToo() throws Exception {
        consumers("engine-" + UUID.randomUUID());
        send(event("engine-1"));
        await(() -> applied("engine-1") == 1, Duration.ofSeconds(60));
        assertThat(searchEngineFailures.get()).isGreaterThan(5);
        assertThat(deadLetters(fixture.topic.deadLetter(), 1, Duration.ofSeconds(3))).doesNotContainKey("engine-1");
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheirReason() throws Exception {
        String group = "poison-" + UUID.randomUUID();
        consumers(group);
        producer.send(new ProducerRecord<>(fixture.topic.name(), "garbage", "not protobuf".getBytes())).get();
        send(event("poison-1"));
        send(event("flaky-1"));
        send(event("after-poison"));
        await(() -> applied("after-poison") == 1, Duration.ofSeconds(60));

        Map<String, String> reasons = deadLetters(fixture.topic.deadLetter(), 3, Duration.ofSeconds(30));
        assertThat(reasons).containsKeys("garbage", "poison-1", "flaky-1");
        assertThat(reasons.get("garbage")).startsWith("unreadable envelope");
        assertThat(reasons.get("poison-1")).isEqualTo("member card without a region");
        assertThat(reasons.get("flaky-1")).contains("always failing");
        assertThat(applied("poison-1")).isZero();
    }

    /** Applies a whole poll the way search's bulk indexing does; refuses any poll that holds a poison event. */
    BatchEventHandler batch(List<Integer> batchSizes) {
        return envelopes -> {
            if (envelopes.stream().anyMatch(e -> e.getAggregateId().startsWith("poison"))) {
                throw new IllegalStateException("bulk request refused");
            }
            batchSizes.add(envelopes.size());
            for (var envelope : envelopes) {
                effects.updateOne(Filters.eq("_id", envelope.getAggregateId()), Updates.inc("applied", 1),
                        new UpdateOptions().upsert(true));
            }
        };
    }

    @Test
    void aBurstIsAppliedInBatchesOnceEach() throws Exception {
        createTopic(); // the events are all there before the subscription starts, so its first poll gets them all
        PendingEvent twice = event("burst-twice");
        send(twice);
        send(twice);
        for (int i = 0; i < 30; i++) {
            send(event("burst-" + i));
        }
        List<Integer> batchSizes = java.util.Collections.synchronizedList(new ArrayList<>());
        String group = "burst-" + UUID.randomUUID();
        consumers(group, batch(batchSizes));
        // Several consumers share the partitions: the last event sent is not necessarily the last one applied.
        await(() -> java.util.stream.IntStream.range(0, 30).allMatch(i -> applied("burst-" + i) >= 1)
                && applied("burst-twice") >= 1, Duration.ofSeconds(60));
        for (int i = 0; i < 30; i++) {
            assertThat(applied("burst-" + i)).as("burst-" + i).isEqualTo(1);
        }
        assertThat(applied("burst-twice")).isEqualTo(1);
        assertThat(batchSizes).as("events per batch call").anyMatch(size -> size > 1);
        assertThat(fixture.registry.counter("remacto.events.consumed", "subscription", group, "outcome", "processed",
                "type", "MemberRegistered").count()).isEqualTo(31.0);

        // Redelivered after a restart without committed offsets? No: offsets were committed after the batch.
        send(event("burst-after"));
        await(() -> applied("burst-after") == 1, Duration.ofSeconds(60));
        assertThat(applied("burst-0")).isEqualTo(1);
    }

    @Test
    void aFailingBatchFallsBackToOneEventAtATime() throws Exception {
        createTopic();
        send(event("plain-1"));
        send(event("poison-2"));
        send(event("plain-3"));
        String group = "fallback-" + UUID.randomUUID();
        consumers(group, batch(new ArrayList<>()));
        await(() -> applied("plain-3") == 1, Duration.ofSeconds(60));
        assertThat(applied("plain-1")).isEqualTo(1);
        assertThat(applied("poison-2")).isZero();
        assertThat(deadLetters(fixture.topic.deadLetter(), 1, Duration.ofSeconds(30)))
                .containsEntry("poison-2", "member card without a region");
        assertThat(fixture.registry.counter("remacto.events.consumed", "subscription", group, "outcome",
                "batch-fallback", "type", "batch").count()).isGreaterThanOrEqualTo(1.0);
    }

    private Map<String, String> deadLetters(String topic, int count, Duration timeout) {
        Map<String, String> reasons = new java.util.HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, fixture.bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (reasons.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    reasons.put(record.key(),
                            new String(record.headers().lastHeader("dlt-reason").value(), StandardCharsets.UTF_8));
                }
            }
        }
        return reasons;
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
