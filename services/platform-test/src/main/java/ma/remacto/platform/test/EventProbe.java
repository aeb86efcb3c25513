package ma.remacto.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.EventEnvelope;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning in a test and waits for the events it expects. */
public final class EventProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<EventEnvelope> seen = new ArrayList<>();

    public EventProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        consumer.subscribe(List.of(topic));
    }

    /** Waits until {@code count} events match, or fails after the timeout; returns the matching events. */
    public List<EventEnvelope> await(Predicate<EventEnvelope> match, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                try {
                    seen.add(EventEnvelope.parseFrom(record.value()));
                } catch (InvalidProtocolBufferException e) {
                    throw new AssertionError("unreadable event on " + record.topic(), e);
                }
            }
            List<EventEnvelope> matching = seen.stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
        }
        throw new AssertionError("expected " + count + " matching events within " + timeout + ", saw " + seen.size()
                + ": " + seen.stream().map(EventEnvelope::getEventType).toList());
    }

    public List<EventEnvelope> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
