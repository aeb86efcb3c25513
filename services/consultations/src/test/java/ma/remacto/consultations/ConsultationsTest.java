package ma.remacto.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ma.remacto.events.v1.AxisCard;
import ma.remacto.events.v1.AxisDefined;
import ma.remacto.events.v1.ConsultationSummaryPublished;
import ma.remacto.events.v1.ContributionSubmitted;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.MeetingIdeasCollected;
import ma.remacto.consultations.persistence.AxisCopies;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.test.EventProbe;
import ma.remacto.platform.test.Eventually;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestEvents;
import ma.remacto.platform.test.TestMembers;
import ma.remacto.platform.test.TestTokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/** Consultations over HTTP, on the real Kafka broker and MongoDB-wire server; the test moves the service's clock. */
@ServiceTest
@Import(TestClock.Config.class)
@TestPropertySource(properties = {"remacto.consultations.participant-key=test-only-participant-key-0123456789abcdef",
        // The test's own burst, so it reaches the limit in a few requests (the shipped one is larger).
        "remacto.rate-limits.consultation-contributions.capacity=10"})
@SuppressWarnings("unchecked")
class ConsultationsTest {

    static final String TTA = "tanger-tetouan-al-hoceima";

    @LocalServerPort
    int port;

    @Autowired
    MemberDirectory directory;

    @Autowired
    AxisCopies axes;

    @Autowired
    TestClock clock;

    record Response(int status, Map<String, Object> body) {
    }

    @BeforeEach
    void members() {
        TestMembers.ensure(directory, List.of(TestMembers.Member.region(TTA), TestMembers.Member.commune("larache", TTA),
                TestMembers.Member.commune("tetouan", TTA)));
    }


    /** A client call from one address (the gateway's X-Forwarded-For), so rate limits are per test. */
    Response call(String method, String path, Object body, String token, String client) {
        var request = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build()
                .method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .header("X-Forwarded-For", client);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, token);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            Object parsed = res.getStatusCode().value() == 204 ? null : res.bodyTo(Object.class);
            return new Response(res.getStatusCode().value(), parsed instanceof Map<?, ?> map ? (Map<String, Object>) map
                    : Map.of("list", parsed == null ? List.of() : parsed));
        });
    }

    Response call(String method, String path, Object body, String token) {
        return call(method, path, body, token, "10.0.0.1");
    }

    static String client() {
        return "10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    Map<String, Object> consultation(String member, Instant opensAt, Instant closesAt) {
        return Map.of("member", member, "title", Map.of("ar", "التشاور حول مسودة برنامج الانفتاح",
                "fr", "Consultation sur le projet de programme d'ouverture"), "programme", "2024-2025",
                "planId", "plan-1", "items", List.of(
                        Map.of("id", "p63", "title", Map.of("ar", "تجويد آليات التواصل"), "projectId", "project-63",
                                "axisCode", "A1"),
                        Map.of("id", "p65", "title", Map.of("ar", "الصيانة و المحافظة على المناطق الخضراء"),
                                "axisCode", "A4")),
                "opensAt", opensAt.toString(), "closesAt", closesAt.toString());
    }

    String schedule(String member, Duration opensIn, Duration lasts) {
        Instant opens = clock.instant().plus(opensIn);
        Response scheduled = call("POST", "/api/consultations", consultation(member, opens, opens.plus(lasts)),
                TestTokens.pointOfContact(member));
        assertThat(scheduled.status()).as(scheduled.body().toString()).isEqualTo(201);
        return (String) scheduled.body().get("id");
    }

    static String citizen(String subject) {
        return TestTokens.citizen(subject, displayName(subject));
    }

    /** A display name that does not contain the subject, so each can be looked for in events on its own. */
    static String displayName(String subject) {
        return "Citoyen " + Integer.toHexString(subject.hashCode());
    }

    static Map<String, Object> contribution(String item, String position, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("itemId", item);
        if (position != null) {
            body.put("position", position);
        }
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }

    long contributionsOf(String id, String moderation, String member) {
        Response list = call("GET", "/api/consultations/" + id + "/contributions?moderation=" + moderation, null,
                TestTokens.pointOfContact(member));
        assertThat(list.status()).isEqualTo(200);
        return ((Number) list.body().get("totalItems")).longValue();
    }

    @Test
    void aConsultationGoesFromScheduledToSummaryWithExactCountsUnderConcurrency() throws Exception {
        String poc = TestTokens.pointOfContact("larache");
        try (EventProbe probe = new EventProbe(Topics.CONSULTATIONS.name())) {
            String id = schedule("larache", Duration.ofHours(1), Duration.ofDays(10));
            assertThat(call("GET", "/api/consultations/" + id, null, null).body()).containsEntry("status", "SCHEDULED");
            Response early = call("POST", "/api/consultations/" + id + "/contributions",
                    contribution("p63", "AGREE", null), citizen("early-bird"), client());
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.body()).containsEntry("code", "consultation.not-open");

            clock.advance(Duration.ofHours(2));
            assertThat(call("GET", "/api/consultations/" + id, null, null).body()).containsEntry("status", "OPEN");
            assertThat(((Map<String, Object>) call("GET", "/api/consultations?member=larache&status=OPEN", null, null)
                    .body()).get("items")).asList().extracting(c -> ((Map<String, Object>) c).get("id")).contains(id);

            // Twelve citizens at once on p63, each sending the same position twice: one stored, one refused.
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<String> subjects = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                subjects.add("cit-" + run + "-" + i);
            }
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < subjects.size(); i++) {
                String subject = subjects.get(i);
                String position = i < 7 ? "AGREE" : "DISAGREE";
                Map<String, Object> body = contribution("p63", position, null);
                body.put("profile", Map.of("gender", i % 2 == 0 ? "FEMALE" : "MALE", "ageGroup", "25_34",
                        "participantType", "CITIZEN"));
                String address = "10.2.0." + i;
                for (int twice = 0; twice < 2; twice++) {
                    calls.add(() -> call("POST", "/api/consultations/" + id + "/contributions", body, citizen(subject),
                            address).status());
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(24);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(12);
            assertThat(statuses.stream().filter(s -> s == 409)).hasSize(12);

            // Comments on p65 wait for moderation; one is anonymous.
            Map<String, Object> anonymous = contribution("p65", "DISAGREE", "<b>المساحات الخضراء</b> تحتاج سقيا منتظما");
            anonymous.put("anonymous", true);
            Response a = call("POST", "/api/consultations/" + id + "/contributions", anonymous, citizen("anon-" + run),
                    client());
            assertThat(a.status()).as(a.body().toString()).isEqualTo(201);
            assertThat(a.body()).containsEntry("moderation", "PENDING").containsEntry("author", null);
            Response b = call("POST", "/api/consultations/" + id + "/contributions",
                    contribution("p65", null, "تعليق غير لائق"), TestTokens.bearer("assoc-" + run, List.of("ASSOCIATION"),
                            List.of()), client());
            assertThat(b.status()).isEqualTo(201);
            assertThat(call("POST", "/api/consultations/" + id + "/contributions", contribution("p65", "AGREE", null),
                    poc, client()).status()).as("staff do not contribute").isEqualTo(403);

            assertThat(call("POST", "/api/consultations/" + id + "/contributions/" + b.body().get("id") + "/moderation",
                    Map.of("decision", "REJECTED"), poc).body()).containsEntry("code", "invalid-input");
            assertThat(call("POST", "/api/consultations/" + id + "/contributions/" + a.body().get("id") + "/moderation",
                    Map.of("decision", "PUBLISHED"), poc).body()).containsEntry("moderation", "PUBLISHED");
            Response rejected = call("POST", "/api/consultations/" + id + "/contributions/" + b.body().get("id")
                    + "/moderation", Map.of("decision", "REJECTED", "reason", Map.of("ar", "تعليق مسيء",
                            "fr", "Propos injurieux")), poc);
            assertThat(rejected.body()).containsEntry("moderation", "REJECTED");
            assertThat(call("POST", "/api/consultations/" + id + "/contributions/" + b.body().get("id")
                    + "/moderation", Map.of("decision", "PUBLISHED"), poc).body())
                    .containsEntry("code", "contribution.already-moderated");

            Map<String, Object> published = call("GET", "/api/consultations/" + id + "/contributions?item=p65", null,
                    null).body();
            assertThat(published).containsEntry("totalItems", 1);
            Map<String, Object> shown = ((List<Map<String, Object>>) published.get("items")).get(0);
            assertThat(shown).containsEntry("comment", "<b>المساحات الخضراء</b> تحتاج سقيا منتظما")
                    .containsEntry("author", null);
            assertThat(call("GET", "/api/consultations/" + id + "/contributions?moderation=PENDING", null, null)
                    .status()).as("moderation queue is the staff's").isEqualTo(401);

            Response tooEarly = call("POST", "/api/consultations/" + id + "/summary",
                    Map.of("themes", List.of("x"), "changesToDraft", List.of()), poc);
            assertThat(tooEarly.body()).containsEntry("code", "consultation.not-closed");

            clock.advance(Duration.ofDays(11));
            assertThat(call("GET", "/api/consultations/" + id, null, null).body()).containsEntry("status", "CLOSED");
            assertThat(call("POST", "/api/consultations/" + id + "/contributions", contribution("p65", "AGREE", null),
                    citizen("late-" + run), client()).body()).containsEntry("code", "consultation.not-open");

            Response summary = call("POST", "/api/consultations/" + id + "/summary", Map.of(
                    "themes", List.of("السقي المنتظم للمساحات الخضراء"),
                    "changesToDraft", List.of("إضافة نشاط للسقي في مشروع المناطق الخضراء")), poc);
            assertThat(summary.status()).as(summary.body().toString()).isEqualTo(200);
            assertThat(summary.body()).containsEntry("status", "SUMMARY_PUBLISHED");
            List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) call("GET",
                    "/api/consultations/" + id + "/summary", null, null).body()).get("items");
            assertThat(items.get(0)).containsEntry("itemId", "p63").containsEntry("contributions", 12)
                    .containsEntry("agree", 7).containsEntry("disagree", 5);
            assertThat(items.get(1)).as("the rejected contribution counts for nothing").containsEntry("itemId", "p65")
                    .containsEntry("contributions", 1).containsEntry("agree", 0).containsEntry("disagree", 1);

            Map<String, Object> statistics = call("GET", "/api/consultations/" + id + "/statistics", null, null).body();
            Map<String, Object> participants = (Map<String, Object>) statistics.get("participants");
            assertThat(participants).as("a person counts once per consultation").containsEntry("total", 14);
            assertThat((Map<String, Object>) participants.get("byGender")).containsEntry("FEMALE", 6)
                    .containsEntry("MALE", 6).containsEntry("UNKNOWN", 2);
            assertThat((Map<String, Object>) statistics.get("byAxis")).containsEntry("A1", 12).containsEntry("A4", 1);
            assertThat(call("GET", "/api/consultations/statistics?member=larache", null, null).body())
                    .containsKey("participants");

            List<Map<String, Object>> history = (List<Map<String, Object>>) call("GET", "/api/consultations/" + id
                    + "/history", null, poc).body().get("list");
            assertThat(history).extracting(h -> h.get("action"))
                    .containsExactly("SCHEDULED", "OPEN", "CLOSED", "SUMMARY_PUBLISHED");
            assertThat(history.get(1)).containsEntry("actor", "system:consultations");

            List<EventEnvelope> events = probe.await(e -> e.getAggregateId().equals(id)
                    && e.getEventType().equals("ConsultationSummaryPublished"), 1, Duration.ofSeconds(60));
            var card = events.get(0).getPayload().unpack(ConsultationSummaryPublished.class).getConsultation();
            assertThat(card.getSummary().getItems(0).getAgree()).isEqualTo(7);
            assertThat(card.getParticipation().getTotal()).isEqualTo(14);
            List<EventEnvelope> ours = probe.await(e -> e.getAggregateId().equals(id)
                    || (e.getEventType().startsWith("Contribution") && unpackConsultationId(e).equals(id)), 18,
                    Duration.ofSeconds(60));
            assertThat(ours).extracting(EventEnvelope::getEventType).contains("ConsultationScheduled",
                    "ConsultationOpened", "ConsultationClosed", "ContributionSubmitted", "ContributionModerated");
            for (EventEnvelope event : ours) {
                String bytes = new String(event.toByteArray(), StandardCharsets.ISO_8859_1);
                String text = new String(event.toByteArray(), StandardCharsets.UTF_8);
                for (String subject : subjects) {
                    assertThat(bytes).as("no contributor's subject in " + event.getEventType()).doesNotContain(subject);
                }
                assertThat(bytes).doesNotContain("assoc-" + run).doesNotContain("anon-" + run);
                assertThat(text).as("an anonymous contributor's name").doesNotContain(displayName("anon-" + run));
                assertThat(text).as("a pending or rejected comment is not public").doesNotContain("تعليق غير لائق");
            }
        }
    }

    private static String unpackConsultationId(EventEnvelope e) {
        try {
            return e.getEventType().equals("ContributionSubmitted")
                    ? e.getPayload().unpack(ContributionSubmitted.class).getContribution().getConsultationId()
                    : e.getPayload().unpack(ma.remacto.events.v1.ContributionModerated.class).getContribution()
                            .getConsultationId();
        } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void staffCloseEarlyWithAReasonAndAPastConsultationIsRecordedClosed() {
        String id = schedule("larache", Duration.ofMinutes(-1).plusSeconds(1), Duration.ofDays(3));
        String poc = TestTokens.pointOfContact("larache");
        assertThat(call("POST", "/api/consultations/" + id + "/closure", Map.of("reason", "  "), poc).body())
                .containsEntry("code", "invalid-input");
        Response closed = call("POST", "/api/consultations/" + id + "/closure", Map.of("reason", "تأجيل بقرار اللجنة"), poc);
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        assertThat(closed.body()).containsEntry("status", "CLOSED").containsEntry("closeReason", "تأجيل بقرار اللجنة");
        assertThat(call("POST", "/api/consultations/" + id + "/closure", Map.of("reason", "مرة ثانية"), poc).body())
                .containsEntry("code", "consultation.not-open");

        Map<String, Object> past = new HashMap<>(consultation("larache", Instant.parse("2023-05-31T23:00:00Z"),
                Instant.parse("2023-06-30T23:00:00Z")));
        assertThat(call("POST", "/api/consultations", past, poc).body()).containsEntry("code", "invalid-input");
        past.put("recordedContributions", 8);
        Response recorded = call("POST", "/api/consultations/past", past, poc);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        assertThat(recorded.body()).containsEntry("status", "CLOSED").containsEntry("recordedByStaff", true)
                .containsEntry("recordedContributions", 8);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        String id = schedule("tetouan", Duration.ZERO, Duration.ofDays(2));
        String poc = TestTokens.pointOfContact("tetouan");
        String address = client();
        Response blank = call("POST", "/api/consultations/" + id + "/contributions", contribution("p63", null, "   "),
                citizen("blank"), address);
        assertThat(blank.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) blank.body().get("errors")).extracting(e -> e.get("code"))
                .containsExactly("contribution.comment.blank");
        Response oversized = call("POST", "/api/consultations/" + id + "/contributions",
                contribution("p63", null, "ب".repeat(2001)), citizen("long"), address);
        assertThat(oversized.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) oversized.body().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("comment");
        Response empty = call("POST", "/api/consultations/" + id + "/contributions", contribution("p63", null, null),
                citizen("empty"), address);
        assertThat((List<Map<String, Object>>) empty.body().get("errors")).extracting(e -> e.get("code"))
                .containsExactly("contribution.empty");
        Response unknownItem = call("POST", "/api/consultations/" + id + "/contributions",
                contribution("p99", "AGREE", null), citizen("unknown"), address);
        assertThat((List<Map<String, Object>>) unknownItem.body().get("errors")).extracting(e -> e.get("code"))
                .containsExactly("contribution.item.unknown");
        assertThat(contributionsOf(id, "PENDING", "tetouan") + contributionsOf(id, "PUBLISHED", "tetouan")).isZero();
        assertThat((Map<String, Object>) call("GET", "/api/consultations/" + id + "/statistics", null, null).body()
                .get("participants")).containsEntry("total", 0);

        // Staff of another member, an unknown member.
        Map<String, Object> elsewhere = consultation("larache", clock.instant().plusSeconds(60),
                clock.instant().plusSeconds(3600));
        Response forbidden = call("POST", "/api/consultations", elsewhere, poc);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).containsEntry("code", "forbidden-member");
        assertThat(call("POST", "/api/consultations/" + id + "/closure", Map.of("reason", "x"),
                TestTokens.pointOfContact("larache")).body()).containsEntry("code", "forbidden-member");
        Response unknown = call("POST", "/api/consultations", consultation("nowhere", clock.instant().plusSeconds(60),
                clock.instant().plusSeconds(3600)), TestTokens.networkAdmin());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) unknown.body().get("errors")).extracting(e -> e.get("code"))
                .containsExactly("consultations.member.unknown");
        assertThat(((List<?>) ((Map<String, Object>) call("GET", "/api/consultations?member=nowhere", null, null)
                .body()).get("items"))).isEmpty();

        // Participants that do not add up.
        long meetingsBefore = ((Number) call("GET", "/api/meetings?member=tetouan", null, null).body().get("totalItems"))
                .longValue();
        Response mismatch = call("POST", "/api/meetings", meeting("tetouan", Map.of("total", 10,
                "byGender", Map.of("FEMALE", 4, "MALE", 5))), poc);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) mismatch.body().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("participants.byGender");
        assertThat(((Number) call("GET", "/api/meetings?member=tetouan", null, null).body().get("totalItems"))
                .longValue()).isEqualTo(meetingsBefore);

        // Rate limit: ten per minute per client address, then 429; the refused one stores nothing.
        String limited = client();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(call("POST", "/api/consultations/" + id + "/contributions",
                    contribution("p63", "AGREE", null), citizen("rl-" + i), limited).status());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(201);
        assertThat(statuses.subList(10, 12)).containsOnly(429);
        Response refused = call("POST", "/api/consultations/" + id + "/contributions", contribution("p65", "AGREE", null),
                citizen("rl-x"), limited);
        assertThat(refused.body()).containsEntry("code", "rate-limited");
        assertThat(contributionsOf(id, "PUBLISHED", "tetouan")).isEqualTo(10);
    }

    static Map<String, Object> meeting(String member, Map<String, Object> participants) {
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("member", member);
        meeting.put("kind", "TERRITORIAL_CONSULTATION");
        meeting.put("title", Map.of("ar", "لقاء التشاور الترابي - إقليم تطوان", "fr", "Consultation territoriale"));
        meeting.put("date", "2024-01-20");
        meeting.put("place", "المركز الثقافي تطوان");
        meeting.put("programme", "2024-2026");
        meeting.put("participants", participants);
        meeting.put("organisations", List.of("جمعيات المجتمع المدني"));
        meeting.put("agenda", List.of("تقديم منهجية الإعداد", "ورشات المحاور"));
        meeting.put("outputs", List.of("مقترحات المحاور الخمسة"));
        return meeting;
    }

    @Test
    void aMeetingIsRecordedEditedAndItsIdeasGoToIdeationAsOneBatch() throws Exception {
        String poc = TestTokens.pointOfContact("larache");
        String axisId = Ids.newId();
        TestEvents.publish(List.of(new DomainEvent(Topics.IDEATION, "AxisDefined", 1, "Axis", axisId, 1, "larache",
                AxisDefined.newBuilder().setAxis(AxisCard.newBuilder().setId(axisId).setMemberSlug("larache")
                        .setProgramme("2024-2025").setCode("A1").setActive(true).setVersion(1)).build())));
        Eventually.until(() -> axes.activeCodes("larache").contains("A1"));

        Response recorded = call("POST", "/api/meetings", meeting("larache", Map.of("total", 73,
                "byGender", Map.of("FEMALE", 30, "MALE", 43), "byParticipantType", Map.of("ASSOCIATION", 60,
                        "UNKNOWN", 13))), poc);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        String id = (String) recorded.body().get("id");
        Map<String, Object> edit = meeting("larache", Map.of("total", 73));
        edit.put("minutes", "محضر اللقاء");
        Response edited = call("PUT", "/api/meetings/" + id, edit, poc);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body()).containsEntry("version", 2).containsEntry("minutes", "محضر اللقاء");
        List<Map<String, Object>> history = (List<Map<String, Object>>) call("GET", "/api/meetings/" + id + "/history",
                null, poc).body().get("list");
        assertThat((List<String>) history.get(1).get("fields")).containsExactly("participants", "minutes");

        assertThat(((List<?>) call("GET", "/api/meetings?member=larache&kind=TERRITORIAL_CONSULTATION&from=2024-01-01&to=2024-01-31",
                null, null).body().get("items"))).isNotEmpty();
        assertThat(((List<?>) call("GET", "/api/meetings?member=larache&from=2024-02-01", null, null).body()
                .get("items"))).isEmpty();

        Map<String, Object> goodRow = Map.of("axisCode", "A1", "category", "التواصل",
                "problem", "ضعف التواصل مع الساكنة", "proposedSolution", "احداث خلية للتواصل");
        Response unknownAxis = call("POST", "/api/meetings/" + id + "/ideas", Map.of("rows", List.of(goodRow,
                Map.of("axisCode", "Z9", "problem", "مشكل", "proposedSolution", "حل"))), poc);
        assertThat(unknownAxis.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) unknownAxis.body().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("rows[1].axisCode");
        try (EventProbe probe = new EventProbe(Topics.CONSULTATIONS.name())) {
            Response collected = call("POST", "/api/meetings/" + id + "/ideas", Map.of("rows", List.of(goodRow,
                    Map.of("axisCode", "A1", "problem", "غياب المعلومة", "proposedSolution", "نشر المعطيات"))), poc);
            assertThat(collected.status()).as(collected.body().toString()).isEqualTo(200);
            assertThat(collected.body()).containsEntry("batchId", "meeting-" + id + "-1").containsEntry("ideasCollected", 2);
            EventEnvelope event = probe.await(e -> e.getAggregateId().equals(id)
                    && e.getEventType().equals("MeetingIdeasCollected"), 1, Duration.ofSeconds(60)).get(0);
            MeetingIdeasCollected payload = event.getPayload().unpack(MeetingIdeasCollected.class);
            assertThat(payload.getBatchId()).isEqualTo("meeting-" + id + "-1");
            assertThat(payload.getSource()).isEqualTo("LIVE_WORKSHOP");
            assertThat(payload.getIdeasList()).extracting(i -> i.getProblem())
                    .containsExactly("ضعف التواصل مع الساكنة", "غياب المعلومة");
            assertThat(payload.getMeeting().getIdeasCollected()).isEqualTo(2);

            // A table sent under the client's batch id, six times at once and once more later: one collection, one
            // event, and every answer the first one's.
            Map<String, Object> table = Map.of("batchId", "form-" + id.substring(0, 8), "rows", List.of(goodRow));
            List<Callable<Response>> sends = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sends.add(() -> call("POST", "/api/meetings/" + id + "/ideas", table, poc));
            }
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(sends)) {
                answers.add(f.get());
            }
            pool.shutdown();
            answers.add(call("POST", "/api/meetings/" + id + "/ideas", table, poc));
            assertThat(answers).extracting(Response::status).containsOnly(200);
            assertThat(answers).extracting(a -> a.body().get("batchId")).containsOnly("meeting-" + id + "-2");
            assertThat(answers).extracting(a -> a.body().get("ideas")).containsOnly(1);
            assertThat(answers).extracting(a -> a.body().get("alreadyRecorded")).containsOnlyOnce(false);
            assertThat(call("GET", "/api/meetings/" + id, null, null).body()).containsEntry("ideasCollected", 3);

            // The same batch id with other rows: refused in words, nothing recorded.
            Response reused = call("POST", "/api/meetings/" + id + "/ideas", Map.of("batchId", table.get("batchId"),
                    "rows", List.of(goodRow, goodRow)), poc);
            assertThat(reused.status()).isEqualTo(409);
            assertThat(reused.body()).containsEntry("code", "meeting.ideas.batch-reused")
                    .containsEntry("batchId", table.get("batchId")).containsEntry("ideationBatchId", "meeting-" + id + "-2")
                    .containsEntry("ideas", 1);
            assertThat((String) reused.body().get("detail")).startsWith("Ce formulaire a déjà envoyé un autre tableau de 1 idées")
                    .contains("envoyez-le comme un nouveau tableau");
            assertThat(((Map<String, Map<String, String>>) reused.body().get("messages")).get("ar").get("detail"))
                    .startsWith("سبق أن أرسلت هذه الاستمارة جدولا آخر من 1 فكرة");
            assertThat(call("POST", "/api/meetings/" + id + "/ideas", Map.of("batchId", "bad id!", "rows",
                    List.of(goodRow)), poc).status()).as("batch ids as ideation takes them").isEqualTo(400);

            // A new table (a new batch id) is a new collection; its event comes after any the first table made, so
            // the first table's one event is all there is.
            Response next = call("POST", "/api/meetings/" + id + "/ideas", Map.of("batchId", "form-next", "rows",
                    List.of(goodRow)), poc);
            assertThat(next.body()).containsEntry("batchId", "meeting-" + id + "-3").containsEntry("alreadyRecorded", false);
            probe.await(e -> e.getAggregateId().equals(id) && e.getEventType().equals("MeetingIdeasCollected")
                    && batchOf(e).equals("meeting-" + id + "-3"), 1, Duration.ofSeconds(60));
            assertThat(probe.seen().stream().filter(e -> e.getAggregateId().equals(id)
                    && e.getEventType().equals("MeetingIdeasCollected")).map(ConsultationsTest::batchOf))
                    .containsExactly("meeting-" + id + "-1", "meeting-" + id + "-2", "meeting-" + id + "-3");
        }
    }

    private static String batchOf(EventEnvelope e) {
        try {
            return e.getPayload().unpack(MeetingIdeasCollected.class).getBatchId();
        } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void refusalsSayInWordsWhereTheConsultationStandsAndOnWhichItem() {
        String poc = TestTokens.pointOfContact("larache");
        String id = schedule("larache", Duration.ofHours(1), Duration.ofDays(10));
        Instant opens = Instant.parse((String) call("GET", "/api/consultations/" + id, null, null).body().get("opensAt"));
        String opensAt = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", java.util.Locale.FRENCH)
                .format(opens.atZone(ZoneId.of("Africa/Casablanca")));
        Response early = call("POST", "/api/consultations/" + id + "/contributions",
                contribution("p63", "AGREE", null), citizen("words-early"), client());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).containsEntry("code", "consultation.not-open")
                .containsEntry("consultationStatus", "SCHEDULED").containsEntry("opensAt", opens.toString());
        assertThat((String) early.body().get("detail")).isEqualTo("La consultation « Consultation sur le projet de "
                + "programme d'ouverture » ne reçoit des contributions que pendant sa période, du " + opensAt + " au "
                + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", java.util.Locale.FRENCH)
                        .format(opens.plus(Duration.ofDays(10)).atZone(ZoneId.of("Africa/Casablanca")))
                + " ; elle n'est pas encore ouverte.");
        String arabic = arabicDetail(early);
        assertThat(arabic).startsWith("لا يقبل التشاور «التشاور حول مسودة برنامج الانفتاح» المساهمات إلا خلال فترته، من ")
                .endsWith("؛ لم يفتح بعد.").doesNotContain("SCHEDULED");

        clock.advance(Duration.ofHours(2));
        String citizen = citizen("words-twice");
        assertThat(call("POST", "/api/consultations/" + id + "/contributions", contribution("p65", "AGREE", null),
                citizen, client()).status()).isEqualTo(201);
        Response twice = call("POST", "/api/consultations/" + id + "/contributions", contribution("p65", "DISAGREE", null),
                citizen, client());
        assertThat(twice.body()).containsEntry("code", "contribution.duplicate").containsEntry("itemId", "p65")
                .containsEntry("consultationId", id);
        assertThat((String) twice.body().get("detail")).isEqualTo("Vous avez déjà contribué sur « الصيانة و المحافظة "
                + "على المناطق الخضراء » dans la consultation « Consultation sur le projet de programme d'ouverture » : "
                + "une contribution par personne et par élément.");
        assertThat(arabicDetail(twice)).isEqualTo("سبق لك أن ساهمت في «الصيانة و المحافظة على المناطق الخضراء» ضمن "
                + "التشاور «التشاور حول مسودة برنامج الانفتاح»: مساهمة واحدة لكل شخص في كل بند.");
        Response summaryTooEarly = call("POST", "/api/consultations/" + id + "/summary",
                Map.of("themes", List.of("x"), "changesToDraft", List.of()), poc);
        assertThat((String) summaryTooEarly.body().get("detail")).endsWith(" ; elle est encore ouverte.");
        assertThat(arabicDetail(summaryTooEarly)).endsWith("؛ وهو ما يزال مفتوحا.");

        Response comment = call("POST", "/api/consultations/" + id + "/contributions",
                contribution("p63", null, "تعليق"), citizen("words-comment"), client());
        String moderation = "/api/consultations/" + id + "/contributions/" + comment.body().get("id") + "/moderation";
        call("POST", moderation, Map.of("decision", "PUBLISHED"), poc);
        Response again = call("POST", moderation, Map.of("decision", "PUBLISHED"), poc);
        assertThat(again.body()).containsEntry("code", "contribution.already-moderated")
                .containsEntry("moderation", "PUBLISHED")
                .containsEntry("detail", "Cette contribution a déjà été publiée ; la décision est définitive.");
        assertThat(arabicDetail(again)).isEqualTo("سبق البت في هذه المساهمة: نشرت؛ قرار المراجعة نهائي.");

        assertThat(call("POST", "/api/consultations/" + id + "/closure", Map.of("reason", "قرار اللجنة"), poc).status())
                .isEqualTo(200);
        Response closed = call("POST", "/api/consultations/" + id + "/contributions", contribution("p63", "AGREE", null),
                citizen("words-late"), client());
        assertThat((String) closed.body().get("detail")).contains(" ; elle a été close plus tôt, le ");
        assertThat(arabicDetail(closed)).contains("؛ وقد أغلق قبل موعده في ");
    }

    private static String arabicDetail(Response problem) {
        return ((Map<String, Map<String, String>>) problem.body().get("messages")).get("ar").get("detail");
    }

    @Test
    void aCalendarReadsAsATimelineWithStatusesOfToday() {
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        String poc = TestTokens.pointOfContact("tetouan");
        List<Map<String, Object>> stages = List.of(
                Map.of("stage", "ADOPTION", "plannedStart", today.plusMonths(2).toString(),
                        "plannedEnd", today.plusMonths(2).toString()),
                Map.of("stage", "INFORMATION_MEETING", "plannedStart", today.minusDays(40).toString(),
                        "plannedEnd", today.minusDays(40).toString(), "actualStart", today.minusDays(40).toString(),
                        "actualEnd", today.minusDays(40).toString()),
                Map.of("stage", "TRAINING", "plannedStart", today.minusDays(20).toString(),
                        "plannedEnd", today.minusDays(10).toString()),
                Map.of("stage", "AXES_CHOICE", "plannedStart", today.minusDays(2).toString(),
                        "plannedEnd", today.plusDays(5).toString(), "actualStart", today.minusDays(1).toString()));
        Response put = call("PUT", "/api/calendars/tetouan/2030-2031", Map.of("stages", stages), poc);
        assertThat(put.status()).as(put.body().toString()).isEqualTo(201);
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) call("GET", "/api/calendars/tetouan/2030-2031",
                null, null).body().get("stages");
        assertThat(timeline).extracting(s -> ((Map<String, Object>) s.get("stage")).get("stage"))
                .containsExactly("INFORMATION_MEETING", "TRAINING", "AXES_CHOICE", "ADOPTION");
        assertThat(timeline).extracting(s -> s.get("status")).containsExactly("DONE", "LATE", "IN_PROGRESS", "PLANNED");
        Response future = call("PUT", "/api/calendars/tetouan/2030-2031", Map.of("stages", List.of(Map.of("stage",
                "TRAINING", "actualStart", today.plusDays(3).toString()))), poc);
        assertThat(future.status()).isEqualTo(400);
        assertThat(call("PUT", "/api/calendars/tetouan/2030-2031", Map.of("stages", stages), poc).body())
                .as("a change with no effect writes nothing").containsEntry("stages", timeline);

        // The history: every date set at creation, then the one moved and the one cleared, each with who and when.
        List<Map<String, Object>> moved = new ArrayList<>(stages);
        moved.set(0, Map.of("stage", "ADOPTION", "plannedStart", today.plusMonths(3).toString(),
                "plannedEnd", today.plusMonths(2).plusDays(20).toString()));
        moved.set(2, Map.of("stage", "TRAINING", "plannedStart", today.minusDays(20).toString()));
        assertThat(call("PUT", "/api/calendars/tetouan/2030-2031", Map.of("stages", moved), poc).status()).isEqualTo(400);
        moved.set(0, Map.of("stage", "ADOPTION", "plannedStart", today.plusMonths(2).minusDays(3).toString(),
                "plannedEnd", today.plusMonths(2).toString()));
        assertThat(call("PUT", "/api/calendars/tetouan/2030-2031", Map.of("stages", moved), poc).status()).isEqualTo(200);
        Response history = call("GET", "/api/calendars/tetouan/2030-2031/history", null, poc);
        assertThat(history.status()).isEqualTo(200);
        List<Map<String, Object>> entries = (List<Map<String, Object>>) history.body().get("list");
        assertThat(entries.stream().filter(e -> e.get("action").equals("CREATED"))).hasSize(11)
                .allSatisfy(e -> assertThat(e.get("from")).isNull());
        List<Map<String, Object>> updates = entries.stream().filter(e -> e.get("action").equals("UPDATED")).toList();
        assertThat(updates).extracting(e -> ((List<String>) e.get("fields")).get(0))
                .containsExactly("stages.TRAINING.plannedEnd", "stages.ADOPTION.plannedStart");
        assertThat(updates.get(0)).containsEntry("from", today.minusDays(10).toString()).containsEntry("to", null);
        assertThat(updates.get(1)).containsEntry("from", today.plusMonths(2).toString())
                .containsEntry("to", today.plusMonths(2).minusDays(3).toString())
                .containsEntry("actor", "poc-tetouan").containsKey("at");
        assertThat(call("GET", "/api/calendars/tetouan/2030-2031/history", null, null).status()).isEqualTo(401);
        assertThat(call("GET", "/api/calendars/tetouan/2030-2031/history", null, citizen("curious")).status())
                .isEqualTo(403);
        assertThat(call("GET", "/api/calendars/tetouan/2030-2031/history", null, TestTokens.pointOfContact("larache"))
                .body()).containsEntry("code", "forbidden-member");
        Response none = call("GET", "/api/calendars/tetouan/2040-2041/history", null, poc);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).containsEntry("member", "tetouan").containsEntry("detail",
                "La collectivité « Commune tetouan » n'a pas de calendrier de co-préparation pour le programme 2040-2041.");

        Response repeated = call("PUT", "/api/calendars/tetouan/2030-2031", Map.of("stages", List.of(
                Map.of("stage", "TRAINING"), Map.of("stage", "TRAINING"))), poc);
        Map<String, Object> error = ((List<Map<String, Object>>) repeated.body().get("errors")).get(0);
        assertThat(error).containsEntry("field", "stages[1].stage")
                .containsEntry("message", "L'étape « atelier de formation » est répétée.");
        assertThat(((Map<String, String>) error.get("messages")).get("ar")).isEqualTo("المرحلة «الورشة التكوينية» مكررة.");
    }

    @Test
    void aSurveyIsAnsweredOnceAndItsTextAnswersAreTheStaffs() {
        String poc = TestTokens.pointOfContact("larache");
        Response created = call("POST", "/api/surveys", Map.of("member", "larache",
                "title", Map.of("ar", "رضا المرتفقين", "fr", "Satisfaction des usagers"),
                "service", Map.of("ar", "مكتب الحالة المدنية", "fr", "Bureau d'état civil"),
                "questions", List.of(Map.of("text", Map.of("ar", "ما مدى رضاك؟"), "kind", "SCALE"),
                        Map.of("text", Map.of("ar", "مدة الانتظار"), "kind", "CHOICE",
                                "choices", List.of(Map.of("ar", "قصيرة"), Map.of("ar", "طويلة"))),
                        Map.of("text", Map.of("ar", "ملاحظاتك"), "kind", "TEXT"))), poc);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = (String) created.body().get("id");
        assertThat(call("GET", "/api/surveys/" + id, null, null).status()).as("a draft is not public").isEqualTo(404);
        assertThat(call("POST", "/api/surveys/" + id + "/answers", Map.of("answers", Map.of("q1", 4)),
                citizen("s1"), client()).body()).containsEntry("code", "survey.not-open");
        assertThat(call("POST", "/api/surveys/" + id + "/status", Map.of("to", "OPEN"), poc).body())
                .containsEntry("status", "OPEN");
        assertThat(call("POST", "/api/surveys/" + id + "/answers", Map.of("answers", Map.of("q1", 4, "q2", 0,
                "q3", "الاستقبال جيد")), citizen("s1"), client()).status()).isEqualTo(204);
        assertThat(call("POST", "/api/surveys/" + id + "/answers", Map.of("answers", Map.of("q1", 1)),
                citizen("s1"), client()).body()).containsEntry("code", "survey.already-answered");
        assertThat(call("POST", "/api/surveys/" + id + "/answers", Map.of("answers", Map.of("q1", 6)),
                citizen("s2"), client()).status()).isEqualTo(400);
        assertThat(call("POST", "/api/surveys/" + id + "/answers", Map.of("answers", Map.of("q1", 5, "q2", 1)),
                citizen("s2"), client()).status()).isEqualTo(204);
        List<Map<String, Object>> results = (List<Map<String, Object>>) call("GET", "/api/surveys/" + id + "/results",
                null, null).body().get("questions");
        assertThat(results.get(0)).containsEntry("answers", 2).containsEntry("mean", 4.5);
        assertThat((Map<String, Object>) results.get(1).get("choiceCounts")).containsEntry("0", 1).containsEntry("1", 1);
        assertThat((List<?>) results.get(2).get("texts")).as("text answers are not public").isEmpty();
        List<Map<String, Object>> staffView = (List<Map<String, Object>>) call("GET", "/api/surveys/" + id + "/results",
                null, poc).body().get("questions");
        assertThat((List<Object>) staffView.get(2).get("texts")).containsExactly("الاستقبال جيد");
        assertThat(call("POST", "/api/surveys/" + id + "/status", Map.of("to", "CLOSED"), poc).body())
                .containsEntry("status", "CLOSED");
    }
}
