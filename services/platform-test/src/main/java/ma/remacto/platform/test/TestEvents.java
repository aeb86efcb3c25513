package ma.remacto.platform.test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.security.Actor;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events on the test broker as another service would, in the same envelope, so a service under
 * test learns other services' facts the way it does in production.
 */
public final class TestEvents {

    private TestEvents() {
    }

    public static void publish(List<DomainEvent> events) {
        EventEnvelopes envelopes = new EventEnvelopes(Clock.systemUTC());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (DomainEvent domainEvent : events) {
                PendingEvent event = envelopes.stage(domainEvent, Actor.system("test"));
                producer.send(new ProducerRecord<>(domainEvent.topic().name(), event.key(), event.envelope())).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish test events", e);
        }
    }
}
