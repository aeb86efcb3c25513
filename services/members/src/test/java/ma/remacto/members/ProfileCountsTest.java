package ma.remacto.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import ma.remacto.events.v1.ActionPlanCard;
import ma.remacto.events.v1.ActionPlanDrafted;
import ma.remacto.events.v1.AxisCard;
import ma.remacto.events.v1.AxisDefined;
import ma.remacto.events.v1.AxisUpdated;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.IdeaEdited;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.events.v1.IdeaSupported;
import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.events.v1.OpennessProjectPublicationChanged;
import ma.remacto.events.v1.OpennessProjectWithdrawn;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.members.domain.ProfileFact;
import ma.remacto.members.domain.ProfileTransfer;
import ma.remacto.members.events.MembersSubscriptions;
import ma.remacto.members.persistence.MemberRepository;
import ma.remacto.members.persistence.ProfileFactCopies;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.test.EventProbe;
import ma.remacto.platform.test.ServiceClient;
import ma.remacto.platform.test.ServiceClient.Response;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestStack;
import ma.remacto.platform.test.TestTokens;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The public profile counts of members (ideas, projects, axes of the current programme), fed by ideation's and
 * projects' events published on the real broker, read through {@code GET /api/members/{slug}}.
 *
 * <p>Counts are asserted once members has handled the events published before (see {@link #publish}).
 */
@ServiceTest
@SuppressWarnings("unchecked")
class ProfileCountsTest {

    static final String REGION = "tanger-tetouan-al-hoceima";

    @LocalServerPort
    int port;

    @Autowired
    ProfileFactCopies copies;

    @Autowired
    MemberRepository members;

    @Autowired
    MongoDatabase database;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry registry;

    Response call(String method, String path, Object body, String token) {
        return new ServiceClient(port, "fr").call(method, path, body, token);
    }

    @BeforeEach
    void region() {
        if (call("GET", "/api/members/" + REGION, null, null).status() == 404) {
            register(Map.of("slug", REGION, "kind", "REGION", "name", Map.of("ar", "جهة طنجة تطوان الحسيمة",
                    "fr", "Région Tanger-Tétouan-Al Hoceïma"), "population", 3_556_729,
                    "contactEmail", "ouverture@tta.remacto.ma"));
        }
    }

    void register(Map<String, Object> card) {
        Response response = call("POST", "/api/members", card, TestTokens.networkAdmin());
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
    }

    static Map<String, Object> commune(String slug) {
        return Map.of("slug", slug, "kind", "COMMUNE", "regionSlug", REGION,
                "name", Map.of("ar", "جماعة " + slug, "fr", "Commune " + slug), "population", 125_008,
                "contactEmail", "ouverture@" + slug + ".remacto.ma");
    }

    Map<String, Object> card(String slug) {
        Response response = call("GET", "/api/members/" + slug, null, null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    Map<String, Object> profile(String slug) {
        return (Map<String, Object>) card(slug).get("profile");
    }

    static Map<String, Object> counts(int ideas, int projects, int axes) {
        return Map.of("ideas", ideas, "projects", projects, "axes", axes);
    }

    /**
     * Publishes events as ideation and projects do, in order, and waits until members has handled every one of
     * them (its subscription records an event id after the handler ran), so counts are asserted after the fact.
     */
    void publish(DomainEvent... events) throws Exception {
        publish(List.of(events), 1);
    }

    /** Each event sent {@code times} times under the same event id, as the broker may redeliver it. */
    void publish(List<DomainEvent> events, int times) throws Exception {
        EventEnvelopes envelopes = new EventEnvelopes(Clock.systemUTC());
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            // Sent without waiting for each (in order per partition), so the subscription polls them in batches.
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (DomainEvent event : events) {
                PendingEvent staged = envelopes.stage(event, Actor.system(event.topic() == Topics.IDEATION ? "ideation" : "projects"));
                ids.add(staged.eventId());
                for (int i = 0; i < times; i++) {
                    sent.add(producer.send(new ProducerRecord<>(event.topic().name(), staged.key(), staged.envelope())));
                }
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        }
        MongoCollection<Document> processed = database.getCollection("processed_events");
        await(() -> processed.countDocuments(Filters.in("_id", ids.stream()
                .map(id -> MembersSubscriptions.PROFILE_COUNTS + "/" + id).toList())) == ids.size(),
                () -> "members to handle " + events.stream().map(e -> e.type() + " " + e.aggregateId()).toList());
    }

    static void await(Supplier<Boolean> condition, Supplier<String> what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.get()) {
            assertThat(Instant.now()).as("waiting for %s", what.get()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    // Events as ideation and projects publish them: the whole card, with its version.

    static DomainEvent idea(String type, String id, String member, String state, long version) {
        IdeaCard card = IdeaCard.newBuilder().setId(id).setMemberSlug(member).setNumber(600).setAxisCode("A1")
                .setState(state).setProblem("ضعف التواصل").setProposedSolution("خلية للتواصل").setVersion(version).build();
        var payload = switch (type) {
            case "IdeaSubmitted" -> IdeaSubmitted.newBuilder().setIdea(card).build();
            case "IdeaSupported" -> IdeaSupported.newBuilder().setIdea(card.toBuilder().setSupportCount(1)).build();
            case "IdeaEdited" -> IdeaEdited.newBuilder().setIdea(card).addChangedFields("note").build();
            default -> IdeaStateChanged.newBuilder().setIdea(card).setToState(state).build();
        };
        return new DomainEvent(Topics.IDEATION, type, 1, "Idea", id, version, member, payload);
    }

    static DomainEvent submitted(String id, String member) {
        return idea("IdeaSubmitted", id, member, "RECEIVED", 1);
    }

    static DomainEvent axis(String id, String member, String programme, String code, boolean active, long version) {
        AxisCard card = AxisCard.newBuilder().setId(id).setMemberSlug(member).setProgramme(programme).setCode(code)
                .setPosition(1).setTitle(LocalizedText.newBuilder().setAr("التواصل").setFr("Communication"))
                .setActive(active).setVersion(version).build();
        return new DomainEvent(Topics.IDEATION, version == 1 ? "AxisDefined" : "AxisUpdated", 1, "Axis", id, version,
                member, version == 1 ? AxisDefined.newBuilder().setAxis(card).build()
                        : AxisUpdated.newBuilder().setAxis(card).build());
    }

    static DomainEvent project(String type, String id, String member, boolean published, long version) {
        ProjectCard card = ProjectCard.newBuilder().setId(id).setMemberSlug(member).setPlanId("plan-" + member)
                .setPeriod("2024-2025").setKind("PROJECT").setAxisCode("A1")
                .setTitle(LocalizedText.newBuilder().setAr("تجويد آليات التواصل").setFr("Communication"))
                .setProgress("0.00").setPublished(published).setVersion(version).build();
        var payload = switch (type) {
            case "OpennessProjectFormulated" -> OpennessProjectFormulated.newBuilder().setProject(card).build();
            case "OpennessProjectWithdrawn" -> OpennessProjectWithdrawn.newBuilder().setProject(card).setReason("دمج").build();
            default -> OpennessProjectPublicationChanged.newBuilder().setProject(card).setPublished(published).build();
        };
        return new DomainEvent(Topics.PROJECTS, type, 1, "OpennessProject", id, version, member, payload);
    }

    @Test
    void ideasCountWhilePutForwardAndNotWithdrawnOnlyForTheirMember() throws Exception {
        register(commune("larache"));
        register(commune("ksar-el-kebir"));
        String received = Ids.newId();
        String merged = Ids.newId();
        String refused = Ids.newId();
        String withdrawn = Ids.newId();
        publish(submitted(received, "larache"), submitted(merged, "larache"), submitted(refused, "larache"),
                submitted(withdrawn, "larache"), submitted(Ids.newId(), "ksar-el-kebir"));
        assertThat(profile("larache")).isEqualTo(counts(4, 0, 0));
        assertThat(profile("ksar-el-kebir")).isEqualTo(counts(1, 0, 0));

        // Merged and not retained ideas were put forward all the same; a withdrawn one no longer counts.
        publish(idea("IdeaStateChanged", merged, "larache", "MERGED", 2),
                idea("IdeaStateChanged", refused, "larache", "NOT_RETAINED", 4),
                idea("IdeaStateChanged", withdrawn, "larache", "WITHDRAWN", 2));
        assertThat(profile("larache")).isEqualTo(counts(3, 0, 0));
        assertThat(profile("ksar-el-kebir")).as("another member's count").isEqualTo(counts(1, 0, 0));
    }

    @Test
    void redeliveredAndOlderEventsChangeNoCount() throws Exception {
        register(commune("tetouan"));
        String kept = Ids.newId();
        String withdrawn = Ids.newId();
        DomainEvent submission = submitted(kept, "tetouan");
        publish(submission, submitted(withdrawn, "tetouan"));
        assertThat(profile("tetouan")).isEqualTo(counts(2, 0, 0));

        // Delivered twice under the same event id: one withdrawal.
        DomainEvent withdrawal = idea("IdeaStateChanged", withdrawn, "tetouan", "WITHDRAWN", 2);
        publish(List.of(withdrawal), 2);
        assertThat(profile("tetouan")).isEqualTo(counts(1, 0, 0));

        // The same facts again under new event ids (a producer's retry, a replay of the topic): no change.
        publish(submission, withdrawal, submission, withdrawal);
        assertThat(profile("tetouan")).isEqualTo(counts(1, 0, 0));

        // Older versions arriving late: the withdrawn idea's submission, the kept idea's older "withdrawn" card.
        publish(submitted(withdrawn, "tetouan"), idea("IdeaSupported", withdrawn, "tetouan", "RECEIVED", 1));
        assertThat(profile("tetouan")).isEqualTo(counts(1, 0, 0));
        publish(idea("IdeaSupported", kept, "tetouan", "RECEIVED", 3));
        publish(idea("IdeaStateChanged", kept, "tetouan", "WITHDRAWN", 2));
        assertThat(profile("tetouan")).isEqualTo(counts(1, 0, 0));
    }

    @Test
    void projectsCountWhilePublishedAndNotWithdrawn() throws Exception {
        register(commune("mdiq"));
        String first = Ids.newId();
        String second = Ids.newId();
        String plan = Ids.newId();
        publish(new DomainEvent(Topics.PROJECTS, "ActionPlanDrafted", 1, "ActionPlan", plan, 1, "mdiq",
                        ActionPlanDrafted.newBuilder().setPlan(ActionPlanCard.newBuilder().setId(plan).setMemberSlug("mdiq")
                                .setPeriod("2024-2025").setStatus("DRAFT").setVersion(1)).build()),
                project("OpennessProjectFormulated", first, "mdiq", false, 1),
                project("OpennessProjectFormulated", second, "mdiq", true, 1));
        assertThat(profile("mdiq")).as("only the published one").isEqualTo(counts(0, 1, 0));

        publish(project("OpennessProjectPublicationChanged", first, "mdiq", true, 2));
        assertThat(profile("mdiq")).isEqualTo(counts(0, 2, 0));

        // Unpublished, and withdrawn (projects unpublishes what it withdraws).
        publish(project("OpennessProjectPublicationChanged", first, "mdiq", false, 3),
                project("OpennessProjectWithdrawn", second, "mdiq", false, 2));
        assertThat(profile("mdiq")).isEqualTo(counts(0, 0, 0));

        // The publications arriving again late change nothing; a new publication counts again.
        publish(project("OpennessProjectPublicationChanged", first, "mdiq", true, 2),
                project("OpennessProjectFormulated", second, "mdiq", true, 1));
        assertThat(profile("mdiq")).isEqualTo(counts(0, 0, 0));
        publish(project("OpennessProjectPublicationChanged", first, "mdiq", true, 4));
        assertThat(profile("mdiq")).isEqualTo(counts(0, 1, 0));
    }

    @Test
    void axesAreTheActiveOnesOfTheCurrentProgramme() throws Exception {
        register(commune("fnideq"));
        String a1 = Ids.newId();
        String a2 = Ids.newId();
        String a3 = Ids.newId();
        publish(axis(a1, "fnideq", "2024-2025", "A1", true, 1), axis(a2, "fnideq", "2024-2025", "A2", true, 1),
                axis(a3, "fnideq", "2024-2025", "A3", true, 1));
        assertThat(profile("fnideq")).isEqualTo(counts(0, 0, 3));

        // A retired axis no longer counts; its older "active" card arriving again changes nothing.
        publish(axis(a3, "fnideq", "2024-2025", "A3", false, 2));
        assertThat(profile("fnideq")).isEqualTo(counts(0, 0, 2));
        publish(axis(a3, "fnideq", "2024-2025", "A3", true, 1));
        assertThat(profile("fnideq")).isEqualTo(counts(0, 0, 2));

        // The next programme's axes replace the previous programme's on the profile.
        String b1 = Ids.newId();
        publish(axis(b1, "fnideq", "2026-2027", "A1", true, 1));
        assertThat(profile("fnideq")).isEqualTo(counts(0, 0, 1));

        // A programme whose axes are all retired is not current: the previous one shows again.
        publish(axis(b1, "fnideq", "2026-2027", "A1", false, 2));
        assertThat(profile("fnideq")).isEqualTo(counts(0, 0, 2));
    }

    @Test
    void countsAreNotCardEdits() throws Exception {
        register(commune("chefchaouen"));
        try (EventProbe probe = new EventProbe(Topics.MEMBERS.name())) {
            publish(submitted(Ids.newId(), "chefchaouen"), axis(Ids.newId(), "chefchaouen", "2024-2025", "A1", true, 1),
                    project("OpennessProjectFormulated", Ids.newId(), "chefchaouen", true, 1));
            assertThat(card("chefchaouen")).containsEntry("profile", counts(1, 1, 1)).containsEntry("version", 1);
            assertThat((List<?>) call("GET", "/api/members/chefchaouen/history", null, TestTokens.networkAdmin()).body()
                    .get("list")).as("no history entry for counts").hasSize(1);

            // Staff who read version 1 before the counts moved can still save; the edit keeps the counts.
            Map<String, Object> edited = new HashMap<>(commune("chefchaouen"));
            edited.put("population", 42_786);
            ResponseEntity<Map> saved = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build().put()
                    .uri("/api/members/chefchaouen").contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.networkAdmin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                    .body(edited).retrieve().toEntity(Map.class);
            assertThat(saved.getBody()).containsEntry("version", 2).containsEntry("profile", counts(1, 1, 1));
            assertThat(card("chefchaouen")).containsEntry("population", 42_786).containsEntry("profile", counts(1, 1, 1));

            // Only the card's own changes were published: no MemberUpdated for the counts.
            List<EventEnvelope> events = probe.await(e -> e.getAggregateId().equals("chefchaouen"), 2, Duration.ofSeconds(30));
            assertThat(events).extracting(EventEnvelope::getEventType).containsExactly("MemberRegistered", "MemberUpdated");
        }
    }

    @Test
    void aCountInterruptedBetweenItsWritesIsFinishedOnceByTheRedelivery() throws Exception {
        register(commune("ouazzane"));
        // Stopped after the copy was written, before the member's count moved: the redelivery moves it.
        String first = Ids.newId();
        copies.copy(ProfileFact.idea(first, "ouazzane", 1, "RECEIVED"));
        assertThat(profile("ouazzane")).isEqualTo(counts(0, 0, 0));
        publish(submitted(first, "ouazzane"));
        assertThat(profile("ouazzane")).isEqualTo(counts(1, 0, 0));

        // Stopped after the member's count moved, before the copy recorded it: the redelivery does not move it again.
        String second = Ids.newId();
        ProfileFact fact = ProfileFact.idea(second, "ouazzane", 1, "RECEIVED");
        copies.copy(fact);
        assertThat(members.adjustProfile(new ProfileTransfer(fact))).isEqualTo(MemberRepository.ProfileAdjustment.APPLIED);
        assertThat(profile("ouazzane")).isEqualTo(counts(2, 0, 0));
        publish(submitted(second, "ouazzane"));
        assertThat(profile("ouazzane")).isEqualTo(counts(2, 0, 0));
        assertThat(copies.find(ProfileFact.Kind.IDEA, second).orElseThrow().settled()).isTrue();

        // And the next change of that idea moves the count as usual.
        publish(idea("IdeaStateChanged", second, "ouazzane", "WITHDRAWN", 2));
        assertThat(profile("ouazzane")).isEqualTo(counts(1, 0, 0));
    }

    @Test
    void aFloodOfEventsIsCountedExactlyAPollAtATime() throws Exception {
        register(commune("martil"));
        register(commune("mdiq-fnideq"));
        double fallbacks = fallbacks();
        List<DomainEvent> events = new ArrayList<>();
        List<DomainEvent> late = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = Ids.newId();
            String member = i % 2 == 0 ? "martil" : "mdiq-fnideq";
            events.add(submitted(id, member));
            if (i % 3 == 0) {
                events.add(idea("IdeaStateChanged", id, member, "WITHDRAWN", 2));
                late.add(idea("IdeaSupported", id, member, "RECEIVED", 1)); // older than the withdrawal
            }
        }
        for (int i = 0; i < 6; i++) {
            String project = Ids.newId();
            events.add(project("OpennessProjectFormulated", project, "martil", i < 4, 1));
        }
        events.addAll(late);
        publish(events, 2);

        // 30 ideas each, 10 of them withdrawn; 4 of martil's 6 projects published.
        assertThat(profile("martil")).isEqualTo(counts(20, 4, 0));
        assertThat(profile("mdiq-fnideq")).isEqualTo(counts(20, 0, 0));
        assertThat((List<?>) ((Map<String, Object>) database.getCollection(MemberRepository.COLLECTION)
                .find(Filters.eq("_id", "martil")).first().get("profile")).get("transfers"))
                .as("every ticket dropped once counted").isNullOrEmpty();
        assertThat(fallbacks()).as("no poll fell back to one event at a time").isEqualTo(fallbacks);
        var batches = registry.find("remacto.events.batch.size").tag("subscription", MembersSubscriptions.PROFILE_COUNTS)
                .summary();
        assertThat(batches).as("polls applied whole").isNotNull();
        assertThat(batches.max()).as("the largest poll applied whole").isGreaterThan(1);
    }

    @Test
    void aPollInterruptedAfterTheCountsMovedIsNotCountedTwice() throws Exception {
        register(commune("jebha"));
        register(commune("oued-laou"));
        String counted = Ids.newId();
        String notCounted = Ids.newId();
        // Stopped after jebha's count moved and before its copy recorded it; oued-laou's idea got as far as its copy.
        List<ProfileFactCopies.Copy> written = copies.copyAll(List.of(ProfileFact.idea(counted, "jebha", 1, "RECEIVED"),
                ProfileFact.idea(notCounted, "oued-laou", 1, "RECEIVED")));
        assertThat(written).hasSize(2).noneMatch(ProfileFactCopies.Copy::settled);
        assertThat(members.adjustProfiles(Map.of("jebha", List.of(new ProfileTransfer(written.stream()
                .filter(c -> c.fact().id().equals(counted)).findFirst().orElseThrow().fact()))))).isTrue();
        assertThat(profile("jebha")).isEqualTo(counts(1, 0, 0));

        // The redelivered poll: jebha's ticket is there, so its copy is settled by its ticket without a second count.
        publish(submitted(counted, "jebha"), submitted(notCounted, "oued-laou"));
        assertThat(profile("jebha")).isEqualTo(counts(1, 0, 0));
        assertThat(profile("oued-laou")).isEqualTo(counts(1, 0, 0));
        assertThat(copies.find(ProfileFact.Kind.IDEA, counted).orElseThrow().settled()).isTrue();
        assertThat(copies.find(ProfileFact.Kind.IDEA, notCounted).orElseThrow().settled()).isTrue();

        // Delivered once more, they change nothing.
        publish(List.of(submitted(counted, "jebha"), submitted(notCounted, "oued-laou")), 2);
        assertThat(profile("jebha")).isEqualTo(counts(1, 0, 0));
        assertThat(profile("oued-laou")).isEqualTo(counts(1, 0, 0));
    }

    double fallbacks() {
        return registry.find("remacto.events.consumed").tag("outcome", "batch-fallback").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    @Test
    void factsOfAnUnknownMemberAreCountedNowhere() throws Exception {
        String idea = Ids.newId();
        publish(submitted(idea, "no-such-commune"));
        assertThat(copies.find(ProfileFact.Kind.IDEA, idea).orElseThrow().inProfile()).isFalse();
        assertThat(call("GET", "/api/members/no-such-commune", null, null).status()).isEqualTo(404);
    }
}
