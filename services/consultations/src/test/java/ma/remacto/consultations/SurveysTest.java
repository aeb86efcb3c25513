package ma.remacto.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.SatisfactionSurveyPublished;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.test.EventProbe;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestMembers;
import ma.remacto.platform.test.TestTokens;
import ma.remacto.platform.web.RegionScopeFilter;

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

/**
 * Surveys corrected while they are drafts (version, history), and the figures of surveys and consultations for a
 * member, a region or the whole network as a regional portal's scope narrows them, over HTTP on the real Kafka
 * broker and MongoDB-wire server. The Spring context (hence the database) is the one {@link ConsultationsTest} uses,
 * so figures are compared before and after, never as fixed counts.
 */
@ServiceTest
@Import(TestClock.Config.class)
@TestPropertySource(properties = {"remacto.consultations.participant-key=test-only-participant-key-0123456789abcdef",
        "remacto.rate-limits.consultation-contributions.capacity=10"})
@SuppressWarnings("unchecked")
class SurveysTest {

    static final String TTA = "tanger-tetouan-al-hoceima";
    static final String ORIENTAL = "oriental";

    @LocalServerPort
    int port;

    @Autowired
    MemberDirectory directory;

    @Autowired
    TestClock clock;

    /** An answer: status, ETag, and the body (a JSON array as {@code {"list": [...]}}). */
    record Answer(int status, String etag, Map<String, Object> body) {

        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body.get("list");
        }
    }

    @BeforeEach
    void members() {
        TestMembers.ensure(directory, List.of(TestMembers.Member.region(TTA), TestMembers.Member.commune("larache", TTA),
                TestMembers.Member.commune("tetouan", TTA), TestMembers.Member.region(ORIENTAL),
                TestMembers.Member.commune("beni-ansar", ORIENTAL)));
    }

    Answer send(String method, String path, Object body, String token, Map<String, String> headers) {
        var request = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build()
                .method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                // Each call from its own address: answers and contributions are rate limited per address.
                .header("X-Forwarded-For", "10.7." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, token);
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request = request.header(header.getKey(), header.getValue());
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            Object parsed = res.getStatusCode().value() == 204 ? null : res.bodyTo(Object.class);
            return new Answer(res.getStatusCode().value(), res.getHeaders().getETag(),
                    parsed instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("list",
                            parsed == null ? List.of() : parsed));
        });
    }

    Answer send(String method, String path, Object body, String token) {
        return send(method, path, body, token, Map.of());
    }

    /** A GET through a regional council's portal: the gateway's scope header. */
    Answer scoped(String path, String region) {
        return send("GET", path, null, null, Map.of(RegionScopeFilter.HEADER, region));
    }

    static Map<String, Object> survey(String member, String title, List<Map<String, Object>> questions) {
        return Map.of("member", member, "title", Map.of("ar", "رضا المرتفقين " + title, "fr", "Satisfaction " + title),
                "service", Map.of("ar", "مكتب الحالة المدنية", "fr", "Bureau d'état civil"), "questions", questions);
    }

    static final List<Map<String, Object>> QUESTIONS = List.of(
            Map.of("text", Map.of("ar", "ما مدى رضاك عن الاستقبال؟"), "kind", "SCALE"),
            Map.of("text", Map.of("ar", "مدة الانتظار"), "kind", "CHOICE",
                    "choices", List.of(Map.of("ar", "قصيرة"), Map.of("ar", "طويلة"))),
            Map.of("text", Map.of("ar", "ملاحظاتك"), "kind", "TEXT"));

    /** A survey of the member, opened, with one SCALE answer from each of {@code answers} new citizens. */
    String openSurvey(String member, int answers) {
        String poc = TestTokens.pointOfContact(member);
        Answer created = send("POST", "/api/surveys", survey(member, UUID.randomUUID().toString(), QUESTIONS), poc);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = (String) created.body().get("id");
        assertThat(send("POST", "/api/surveys/" + id + "/status", Map.of("to", "OPEN"), poc).status()).isEqualTo(200);
        for (int i = 0; i < answers; i++) {
            Answer answered = send("POST", "/api/surveys/" + id + "/answers", Map.of("answers", Map.of("q1", 4)),
                    TestTokens.citizen("s-" + UUID.randomUUID(), "Citoyen"));
            assertThat(answered.status()).as(answered.body().toString()).isEqualTo(204);
        }
        return id;
    }

    /** An open consultation of the member with one contribution (and profile) from each of {@code people}. */
    void openConsultation(String member, int people) {
        Instant opens = clock.instant().minusSeconds(60);
        Answer scheduled = send("POST", "/api/consultations", Map.of("member", member,
                "title", Map.of("ar", "التشاور حول مسودة برنامج الانفتاح"),
                "items", List.of(Map.of("id", "p1", "title", Map.of("ar", "تجويد آليات التواصل"))),
                "opensAt", opens.toString(), "closesAt", opens.plus(Duration.ofDays(10)).toString()),
                TestTokens.pointOfContact(member));
        assertThat(scheduled.status()).as(scheduled.body().toString()).isEqualTo(201);
        String id = (String) scheduled.body().get("id");
        for (int i = 0; i < people; i++) {
            Answer contributed = send("POST", "/api/consultations/" + id + "/contributions", Map.of("itemId", "p1",
                    "position", "AGREE", "profile", Map.of("participantType", "CITIZEN", "gender", "FEMALE",
                            "ageGroup", "25_34")), TestTokens.citizen("p-" + UUID.randomUUID(), "Citoyenne"));
            assertThat(contributed.status()).as(contributed.body().toString()).isEqualTo(201);
        }
    }

    static long number(Map<String, Object> body, String... path) {
        Object value = body;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return ((Number) value).longValue();
    }

    /** Figures of the network, TTA, Oriental and Larache: {surveys, responses, consultations, participants}. */
    Map<String, long[]> figures() {
        Map<String, String> queries = Map.of("network", "", "tta", "?region=" + TTA, "oriental", "?region=" + ORIENTAL,
                "larache", "?member=larache");
        Map<String, long[]> figures = new java.util.HashMap<>();
        queries.forEach((name, query) -> {
            Answer surveys = send("GET", "/api/surveys/results" + query, null, null);
            Answer consultations = send("GET", "/api/consultations/statistics" + query, null, null);
            assertThat(surveys.status()).as(surveys.body().toString()).isEqualTo(200);
            assertThat(consultations.status()).as(consultations.body().toString()).isEqualTo(200);
            figures.put(name, new long[] {number(surveys.body(), "surveys"), number(surveys.body(), "responses"),
                    number(consultations.body(), "consultations"),
                    number(consultations.body(), "participants", "total")});
        });
        return figures;
    }

    @Test
    void figuresAreTheNetworksARegionsOrAMembersAndARegionalPortalCannotWidenThem() {
        Map<String, long[]> before = figures();
        openSurvey("larache", 2);
        openSurvey("beni-ansar", 1);
        Answer draft = send("POST", "/api/surveys", survey("beni-ansar", "brouillon", QUESTIONS),
                TestTokens.pointOfContact("beni-ansar"));
        assertThat(draft.status()).isEqualTo(201);
        openConsultation("larache", 2);
        openConsultation("beni-ansar", 1);
        Map<String, long[]> after = figures();

        // {surveys, responses, consultations, participants} added; a draft counts nowhere.
        Map<String, long[]> added = Map.of("network", new long[] {2, 3, 2, 3}, "tta", new long[] {1, 2, 1, 2},
                "oriental", new long[] {1, 1, 1, 1}, "larache", new long[] {1, 2, 1, 2});
        added.forEach((name, expected) -> {
            for (int i = 0; i < expected.length; i++) {
                assertThat(after.get(name)[i] - before.get(name)[i]).as(name + " figure " + i).isEqualTo(expected[i]);
            }
        });
        assertThat(send("GET", "/api/surveys/results", null, null).body()).containsEntry("member", null)
                .containsEntry("region", null);
        Map<String, Object> larache = send("GET", "/api/consultations/statistics?member=larache", null, null).body();
        assertThat(larache).containsEntry("member", "larache");
        assertThat(number(larache, "participants", "total")).isEqualTo(after.get("larache")[3]);
        assertThat((Map<String, Object>) ((Map<String, Object>) larache.get("participants")).get("byGender"))
                .containsKey("FEMALE");
        assertThat(number(send("GET", "/api/surveys/results?member=larache&region=" + ORIENTAL, null, null).body(),
                "surveys")).as("a member outside the region asked").isZero();

        // A regional portal: its region's figures, whatever the query asks for.
        for (String query : List.of("", "?region=" + ORIENTAL)) {
            Map<String, Object> surveys = scoped("/api/surveys/results" + query, TTA).body();
            assertThat(surveys).containsEntry("region", TTA);
            assertThat(number(surveys, "surveys")).isEqualTo(after.get("tta")[0]);
            assertThat(number(surveys, "responses")).isEqualTo(after.get("tta")[1]);
            Map<String, Object> consultations = scoped("/api/consultations/statistics" + query, TTA).body();
            assertThat(consultations).containsEntry("region", TTA);
            assertThat(number(consultations, "consultations")).isEqualTo(after.get("tta")[2]);
            assertThat(number(consultations, "participants", "total")).isEqualTo(after.get("tta")[3]);
        }
        Map<String, Object> outside = scoped("/api/surveys/results?member=beni-ansar", TTA).body();
        assertThat(number(outside, "surveys")).as("another region's member through TTA's portal").isZero();
        assertThat(number(outside, "responses")).isZero();
        Map<String, Object> outsideConsultations = scoped("/api/consultations/statistics?member=beni-ansar", TTA).body();
        assertThat(number(outsideConsultations, "consultations")).isZero();
        assertThat(number(outsideConsultations, "participants", "total")).isZero();
        assertThat(number(scoped("/api/surveys/results?member=larache", TTA).body(), "surveys"))
                .isEqualTo(after.get("larache")[0]);
    }

    @Test
    void aDraftIsCorrectedAgainstItsVersionAndEveryChangeIsInItsHistory() {
        String poc = TestTokens.pointOfContact("larache");
        String nonce = UUID.randomUUID().toString();
        Answer created = send("POST", "/api/surveys", survey("larache", nonce, QUESTIONS), poc);
        assertThat(created.status()).isEqualTo(201);
        String id = (String) created.body().get("id");
        String path = "/api/surveys/" + id;
        Answer read = send("GET", path, null, poc);
        assertThat(read.etag()).isEqualTo("\"1\"");

        List<Map<String, Object>> corrected = List.of(QUESTIONS.get(0),
                Map.of("text", Map.of("ar", "مدة الانتظار", "fr", "Attente"), "kind", "CHOICE",
                        "choices", List.of(Map.of("ar", "قصيرة"), Map.of("ar", "متوسطة"), Map.of("ar", "طويلة"))),
                QUESTIONS.get(2));
        Map<String, Object> content = Map.of("title", Map.of("ar", "رضا المرتفقين (مصحح) " + nonce),
                "service", Map.of("ar", "مكتب الحالة المدنية", "fr", "Bureau d'état civil"), "questions", corrected);

        Answer stale = send("PUT", path, content, poc, Map.of(HttpHeaders.IF_MATCH, "\"7\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).containsEntry("code", "concurrent-change");

        Answer noChoices = send("PUT", path, Map.of("title", content.get("title"), "service", content.get("service"),
                "questions", List.of(QUESTIONS.get(0), Map.of("text", Map.of("ar", "مدة الانتظار"), "kind", "CHOICE"))),
                poc, Map.of(HttpHeaders.IF_MATCH, "\"1\""));
        assertThat(noChoices.status()).isEqualTo(400);
        Map<String, Object> error = ((List<Map<String, Object>>) noChoices.body().get("errors")).get(0);
        assertThat(error).containsEntry("field", "questions[1].choices")
                .containsEntry("code", "survey.question.choices-required");
        assertThat((String) ((Map<String, Object>) error.get("messages")).get("ar")).isNotBlank();

        Answer otherMember = send("PUT", path, content, TestTokens.pointOfContact("tetouan"));
        assertThat(otherMember.status()).isEqualTo(403);
        assertThat(otherMember.body()).containsEntry("code", "forbidden-member");
        assertThat(send("PUT", path, content, TestTokens.citizen()).body()).containsEntry("code", "forbidden");
        assertThat(send("GET", path, null, poc).etag()).as("nothing refused was stored").isEqualTo("\"1\"");

        Answer edited = send("PUT", path, content, poc, Map.of(HttpHeaders.IF_MATCH, "\"1\""));
        assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);
        assertThat(edited.etag()).isEqualTo("\"2\"");
        assertThat((Map<String, Object>) edited.body().get("title")).containsEntry("ar", "رضا المرتفقين (مصحح) " + nonce);
        List<Map<String, Object>> questions = (List<Map<String, Object>>) edited.body().get("questions");
        assertThat(questions).extracting(q -> q.get("id")).containsExactly("q1", "q2", "q3");
        assertThat((List<?>) questions.get(1).get("choices")).hasSize(3);
        assertThat(send("PUT", path, content, poc).etag()).as("a correction with no effect writes nothing")
                .isEqualTo("\"2\"");

        try (EventProbe probe = new EventProbe(Topics.CONSULTATIONS.name())) {
            assertThat(send("POST", path + "/status", Map.of("to", "OPEN"), poc).body()).containsEntry("status", "OPEN");
            List<EventEnvelope> events = probe.await(e -> e.getAggregateId().equals(id), 1, Duration.ofSeconds(30));
            assertThat(events).extracting(EventEnvelope::getEventType)
                    .as("a draft's creation and corrections publish nothing").containsExactly("SatisfactionSurveyPublished");
            var card = events.get(0).getPayload().unpack(SatisfactionSurveyPublished.class).getSurvey();
            assertThat(card.getTitle().getAr()).endsWith("(مصحح) " + nonce);
            assertThat(card.getQuestions(1).getChoicesCount()).as("the card carries the questions as corrected")
                    .isEqualTo(3);
            assertThat(card.getVersion()).isEqualTo(3);
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        Answer opened = send("PUT", path, content, poc);
        assertThat(opened.status()).isEqualTo(409);
        assertThat(opened.body()).containsEntry("code", "survey.not-draft");
        // Where the survey stands, in words: a person reads this, not the status code (which is an extension member).
        assertThat((String) opened.body().get("detail"))
                .isEqualTo("Un questionnaire ne se corrige que tant qu'il est en brouillon ; celui-ci est ouvert.");
        assertThat(arabicDetail(opened)).isEqualTo("لا تصحح الاستمارة إلا وهي مسودة، وهذه الاستمارة مفتوحة.");
        assertThat(opened.body()).containsEntry("surveyStatus", "OPEN");
        assertThat(send("POST", path + "/status", Map.of("to", "CLOSED"), poc).status()).isEqualTo(200);
        Answer reopened = send("POST", path + "/status", Map.of("to", "OPEN"), poc);
        assertThat(reopened.status()).isEqualTo(409);
        assertThat((String) reopened.body().get("detail")).isEqualTo("Ce questionnaire est clos : il ne peut pas être ouvert.");
        assertThat(arabicDetail(reopened)).isEqualTo("هذه الاستمارة مغلقة، فلا يمكن فتحها.");
        assertThat(reopened.body()).containsEntry("surveyStatus", "CLOSED").containsEntry("to", "OPEN");

        Answer history = send("GET", path + "/history", null, poc);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.list()).extracting(h -> h.get("action"))
                .containsExactly("CREATED", "EDITED", "PUBLISHED", "CLOSED");
        assertThat(history.list()).extracting(h -> h.get("to")).containsExactly("DRAFT", "DRAFT", "OPEN", "CLOSED");
        assertThat(history.list()).extracting(h -> h.get("from")).containsExactly(null, "DRAFT", "DRAFT", "OPEN");
        assertThat(history.list()).allSatisfy(h -> assertThat(h).containsEntry("actor", "poc-larache")
                .containsKey("at"));
        assertThat((List<Object>) history.list().get(1).get("fields")).containsExactly("title", "questions");

        assertThat(send("GET", path + "/history", null, null).status()).isEqualTo(401);
        assertThat(send("GET", path + "/history", null, TestTokens.citizen()).status()).isEqualTo(403);
        assertThat(send("GET", path + "/history", null, TestTokens.pointOfContact("tetouan")).body())
                .containsEntry("code", "forbidden-member");
    }

    @SuppressWarnings("unchecked")
    private static String arabicDetail(Answer problem) {
        return ((Map<String, Map<String, String>>) problem.body().get("messages")).get("ar").get("detail");
    }
}
