package ma.remacto.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.MemberCard;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.test.TestStack;

import org.bson.Document;

/** Real MongoDB-wire server and a Kafka broker, wired like a service wires them. */
class EventPipelineFixture implements AutoCloseable {

    final MongoClient client;
    final MongoDatabase database;
    final Clock clock = Clock.systemUTC();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final EventEnvelopes envelopes = new EventEnvelopes(clock);
    final Topic topic;
    final String bootstrapServers;

    EventPipelineFixture(String bootstrapServers, String collection) {
        this.bootstrapServers = bootstrapServers;
        this.client = MongoClients.create(TestStack.mongoUri("pipeline-" + Ids.newId()));
        this.database = client.getDatabase("pipeline-" + Ids.newId().substring(0, 8));
        this.topic = new Topic("test." + collection + "." + Ids.newId().substring(24), 3, false, Duration.ofDays(1));
    }

    EventsProperties properties(List<String> outboxCollections) {
        return new EventsProperties(bootstrapServers, outboxCollections, Duration.ofMillis(50), 50, Duration.ofSeconds(5),
                true, 3, Map.of());
    }

    KafkaClients clients() {
        return new KafkaClients(properties(List.of()), "test");
    }

    /** Stores an aggregate and its MemberRegistered event in one write, as a service does. */
    PendingEvent store(AggregateStore store, String id) {
        MemberCard card = MemberCard.newBuilder().setSlug(id)
                .setName(LocalizedText.newBuilder().setAr("جماعة " + id).setFr("Commune " + id)).build();
        DomainEvent event = new DomainEvent(topic, "MemberRegistered", 1, "Member", id, 1, id,
                MemberRegistered.newBuilder().setMember(card).build());
        PendingEvent pending = envelopes.stage(event, Actor.system("test"));
        store.insert(new Document("_id", id).append("name", "x"), List.of(), List.of(pending));
        return pending;
    }

    /** Changes a stored aggregate and stages its next event, as a service's update does. */
    PendingEvent update(AggregateStore store, String id, long fromVersion) {
        DomainEvent event = new DomainEvent(topic, "MemberUpdated", 1, "Member", id, fromVersion + 1, id,
                ma.remacto.events.v1.MemberUpdated.getDefaultInstance());
        PendingEvent pending = envelopes.stage(event, Actor.system("test"));
        store.update(id, fromVersion, new Document("name", "v" + (fromVersion + 1)), List.of(), List.of(pending));
        return pending;
    }

    @Override
    public void close() {
        client.close();
    }
}
