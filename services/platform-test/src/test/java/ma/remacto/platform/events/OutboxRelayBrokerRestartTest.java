package ma.remacto.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.localstack.KafkaBroker;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.test.TestStack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Stores aggregates continuously while the broker is stopped and restarted: every event staged
 * in an outbox reaches Kafka, none is lost, and events of one aggregate keep their order (the
 * first delivery of each event comes in the order the aggregate's versions were made).
 */
class OutboxRelayBrokerRestartTest {

    @Test
    void noEventIsLostWhenTheBrokerRestartsMidStream() throws Exception {
        KafkaBroker broker = new KafkaBroker(Path.of("target/restart-broker-" + UUID.randomUUID()).toAbsolutePath(),
                TestStack.freePort(), TestStack.freePort(), "256m");
        broker.start();
        broker.awaitReady(Duration.ofSeconds(120));
        try (EventPipelineFixture fixture = new EventPipelineFixture(broker.bootstrapServers(), "restart")) {
            new TopicInitializer(fixture.clients(), (short) 1).ensure(List.of(fixture.topic), List.of());
            AggregateStore store = new AggregateStore(fixture.database.getCollection("things"));
            OutboxRelay relay = new OutboxRelay(fixture.database, fixture.properties(List.of("things")),
                    new KafkaClients(fixture.properties(List.of("things")), "restart-test"), fixture.clock,
                    fixture.registry);
            relay.start();
            Set<String> staged = new HashSet<>();
            try {
                for (int i = 0; i < 60; i++) {
                    staged.add(fixture.store(store, "before-" + i).eventId());
                    Thread.sleep(10);
                }
                broker.stop();
                for (int i = 0; i < 60; i++) {
                    // The service keeps accepting changes while the broker is away.
                    staged.add(fixture.store(store, "during-" + i).eventId());
                    staged.add(fixture.update(store, "during-" + i, 1).eventId());
                    staged.add(fixture.update(store, "during-" + i, 2).eventId());
                }
                Thread.sleep(2_000);
                broker.start();
                broker.awaitReady(Duration.ofSeconds(120));
                for (int i = 0; i < 60; i++) {
                    staged.add(fixture.store(store, "after-" + i).eventId());
                    staged.add(fixture.update(store, "before-" + i, 1).eventId());
                }

                Map<String, List<Long>> versions = new HashMap<>();
                Set<String> received = readAll(broker.bootstrapServers(), fixture.topic.name(), staged, versions,
                        Duration.ofSeconds(90));
                assertThat(received).containsAll(staged);
                assertThat(versions.get("during-7")).containsExactly(1L, 2L, 3L);
                versions.forEach((aggregate, seen) -> assertThat(seen).as(aggregate).isSorted().doesNotHaveDuplicates());
                assertThat(store.collection().countDocuments(
                        com.mongodb.client.model.Filters.exists(OutboxRelay.PENDING_FIRST))).isZero();
                // The indexed flag the relay looks for goes with the last event, so nothing is looked at again.
                Thread.sleep(500);
                assertThat(store.collection().countDocuments(
                        AggregateStore.pendingOutbox())).isZero();
            } finally {
                relay.stop();
            }
        } finally {
            broker.stop();
        }
    }

    /** Reads until every expected event arrived; records each aggregate's versions in first-delivery order. */
    private static Set<String> readAll(String bootstrap, String topic, Set<String> expected,
            Map<String, List<Long>> versions, Duration timeout) {
        Set<String> received = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && !received.containsAll(expected)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        EventEnvelope envelope = EventEnvelope.parseFrom(record.value());
                        assertThat(record.key()).isEqualTo(envelope.getAggregateId());
                        if (received.add(envelope.getEventId())) {
                            versions.computeIfAbsent(record.key(), key -> new ArrayList<>())
                                    .add(envelope.getAggregateVersion());
                        }
                    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return received;
    }
}
