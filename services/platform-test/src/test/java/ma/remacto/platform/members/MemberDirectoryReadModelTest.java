package ma.remacto.platform.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.google.protobuf.Message;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.MemberCard;
import ma.remacto.events.v1.MemberDeactivated;
import ma.remacto.events.v1.MemberKind;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.events.v1.MemberStatus;
import ma.remacto.events.v1.MemberUpdated;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.EventConsumers;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.events.EventSubscription;
import ma.remacto.platform.events.EventsProperties;
import ma.remacto.platform.events.KafkaClients;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.events.TopicInitializer;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.mongo.ProcessedEvents;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.test.TestStack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Another service's copy of the directory follows the members topic and ignores stale events. */
class MemberDirectoryReadModelTest {

    final Clock clock = Clock.systemUTC();
    final EventEnvelopes envelopes = new EventEnvelopes(clock);

    static MemberCard larache(long version, long population, MemberStatus status) {
        return MemberCard.newBuilder().setSlug("larache").setKind(MemberKind.MEMBER_KIND_COMMUNE)
                .setName(LocalizedText.newBuilder().setAr("جماعة العرائش").setFr("Commune de Larache"))
                .setRegionSlug("tanger-tetouan-al-hoceima").setProvinceSlug("province-larache")
                .setPopulation(population).setStatus(status).setVersion(version).build();
    }

    PendingEvent event(String type, long version, Message payload) {
        return envelopes.stage(new DomainEvent(Topics.MEMBERS, type, 1, "Member", "larache", version, "larache", payload),
                Actor.system("test"));
    }

    @Test
    void followsTheMembersTopicAndIgnoresStaleEvents() throws Exception {
        String bootstrap = TestStack.kafkaBootstrapServers();
        EventsProperties properties = new EventsProperties(bootstrap, List.of(), null, 0, null, true, 3, null);
        KafkaClients clients = new KafkaClients(properties, "directory-test");
        try (MongoClient client = MongoClients.create(TestStack.mongoUri("directory"));
                KafkaProducer<String, byte[]> producer = clients.producer("test")) {
            MongoDatabase database = client.getDatabase("directory-" + Ids.newId().substring(0, 8));
            MemberDirectory directory = new MemberDirectory(database);
            new TopicInitializer(clients, (short) 1).ensure(List.of(Topics.MEMBERS), List.of(Topics.MEMBERS));
            EventConsumers consumers = new EventConsumers(
                    List.of(new EventSubscription("directory-" + Ids.newId(), List.of(Topics.MEMBERS), directory::apply)),
                    clients, new ProcessedEvents(database, clock), properties, clock, new SimpleMeterRegistry());
            consumers.start();
            try {
                for (PendingEvent event : List.of(
                        event("MemberRegistered", 1, MemberRegistered.newBuilder()
                                .setMember(larache(1, 125_008, MemberStatus.MEMBER_STATUS_ACTIVE)).build()),
                        event("MemberUpdated", 2, MemberUpdated.newBuilder()
                                .setMember(larache(2, 131_000, MemberStatus.MEMBER_STATUS_ACTIVE)).build()),
                        // A replay of the first event under a new id: older than the copy, so ignored.
                        event("MemberRegistered", 1, MemberRegistered.newBuilder()
                                .setMember(larache(1, 125_008, MemberStatus.MEMBER_STATUS_ACTIVE)).build()),
                        event("MemberCelebrated", 3, MemberRegistered.getDefaultInstance()))) {
                    producer.send(new ProducerRecord<>(Topics.MEMBERS.name(), event.key(), event.envelope())).get();
                }
                await(() -> directory.find("larache").map(e -> e.population() == 131_000).orElse(false));
                Thread.sleep(1_000); // let the stale replay arrive: it must not win
                MemberDirectoryEntry entry = directory.find("larache").orElseThrow();
                assertThat(entry.population()).isEqualTo(131_000);
                assertThat(entry.version()).isEqualTo(2);
                assertThat(entry.active()).isTrue();
                assertThat(entry.kind()).isEqualTo("COMMUNE");
                assertThat(directory.region("tanger-tetouan-al-hoceima")).extracting(MemberDirectoryEntry::slug)
                        .containsExactly("larache");

                PendingEvent deactivated = event("MemberDeactivated", 3, MemberDeactivated.newBuilder()
                        .setMember(larache(3, 131_000, MemberStatus.MEMBER_STATUS_INACTIVE)).setReason("left").build());
                producer.send(new ProducerRecord<>(Topics.MEMBERS.name(), deactivated.key(), deactivated.envelope())).get();
                await(() -> directory.find("larache").map(e -> !e.active()).orElse(false));
            } finally {
                consumers.stop();
            }
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("read model not updated in time");
            }
            Thread.sleep(100);
        }
    }
}
