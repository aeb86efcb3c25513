package ma.remacto.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.test.TestStack;

import org.junit.jupiter.api.Test;

/**
 * With two replicas of a service, one relay publishes at a time (so one aggregate's events never go
 * out through two producers at once), and the other takes over when the first stops.
 */
class OutboxRelayLeaseTest {

    @Test
    void oneRelayPublishesAtATimeAndAnotherTakesOver() throws Exception {
        try (EventPipelineFixture fixture = new EventPipelineFixture(TestStack.kafkaBootstrapServers(), "lease")) {
            new TopicInitializer(fixture.clients(), (short) 1).ensure(List.of(fixture.topic), List.of());
            AggregateStore store = new AggregateStore(fixture.database.getCollection("things"));
            EventsProperties properties = fixture.properties(List.of("things"));
            SimpleMeterRegistry first = new SimpleMeterRegistry();
            SimpleMeterRegistry second = new SimpleMeterRegistry();
            OutboxRelay a = new OutboxRelay(fixture.database, properties, new KafkaClients(properties, "a"),
                    fixture.clock, first);
            OutboxRelay b = new OutboxRelay(fixture.database, properties, new KafkaClients(properties, "b"),
                    fixture.clock, second);
            a.start();
            await(() -> published(first) >= 0 && fixture.database.getCollection("outbox_leases").countDocuments() == 1);
            b.start();
            try {
                for (int i = 0; i < 20; i++) {
                    fixture.store(store, "first-" + i);
                }
                await(() -> published(first) == 20);
                Thread.sleep(500);
                assertThat(published(second)).isZero();

                a.stop(); // releases its lease
                for (int i = 0; i < 20; i++) {
                    fixture.store(store, "second-" + i);
                }
                await(() -> published(second) == 20);
                assertThat(published(first)).isEqualTo(20);
            } finally {
                a.stop();
                b.stop();
            }
        }
    }

    private static double published(SimpleMeterRegistry registry) {
        return registry.counter("remacto.outbox.published").count();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached in time");
            }
            Thread.sleep(50);
        }
    }
}
