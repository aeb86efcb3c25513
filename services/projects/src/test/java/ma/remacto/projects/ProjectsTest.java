package ma.remacto.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.events.v1.AxisCard;
import ma.remacto.events.v1.AxisDefined;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.test.EventProbe;
import ma.remacto.platform.test.Eventually;
import ma.remacto.platform.test.ServiceClient;
import ma.remacto.platform.test.ServiceClient.Response;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestEvents;
import ma.remacto.platform.test.TestMembers;
import ma.remacto.platform.test.TestTokens;
import ma.remacto.projects.persistence.IdeationCopies;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Projects over HTTP, on the real Kafka broker and MongoDB-wire server; members and ideation facts from their topics. */
@ServiceTest
@SuppressWarnings("unchecked")
class ProjectsTest {

    static final String TTA = "tanger-tetouan-al-hoceima";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Africa/Casablanca"));
    static final String PERIOD = TODAY.getYear() + "-" + (TODAY.getYear() + 1);

    @LocalServerPort
    int port;

    @Autowired
    MemberDirectory directory;

    @Autowired
    IdeationCopies ideation;

    @BeforeEach
    void members() {
        TestMembers.ensure(directory, List.of(TestMembers.Member.region(TTA), TestMembers.Member.commune("larache", TTA),
                TestMembers.Member.commune("tetouan", TTA)));
    }


    Response call(String method, String path, Object body, String token) {
        return new ServiceClient(port, "fr").call(method, path, body, token);
    }

    /** Ideation's facts as its events carry them: an axis of the member's programme and ideas in given states. */
    List<String> ideationFacts(String member, String axisCode, String... states) throws InterruptedException {
        String axisId = Ids.newId();
        List<DomainEvent> events = new ArrayList<>();
        events.add(new DomainEvent(Topics.IDEATION, "AxisDefined", 1, "Axis", axisId, 1, member,
                AxisDefined.newBuilder().setAxis(AxisCard.newBuilder().setId(axisId).setMemberSlug(member)
                        .setProgramme(PERIOD).setCode(axisCode).setPosition(1).setActive(true)
                        .setTitle(ma.remacto.events.v1.LocalizedText.newBuilder().setAr("التواصل").setFr("Communication")))
                        .build()));
        List<String> ids = new ArrayList<>();
        long number = 600;
        for (String state : states) {
            String id = Ids.newId();
            ids.add(id);
            events.add(new DomainEvent(Topics.IDEATION, "IdeaStateChanged", 1, "Idea", id, 4, member,
                    IdeaStateChanged.newBuilder().setIdea(IdeaCard.newBuilder().setId(id).setMemberSlug(member)
                            .setNumber(number++).setAxisId(axisId).setState(state).setVersion(4)).setToState(state).build()));
        }
        TestEvents.publish(events);
        Eventually.until(() -> ideation.ideas(ids).size() == ids.size() && ideation.axis(axisId).isPresent());
        return ids;
    }

    String draftPlan(String member, String format) {
        Response plan = call("POST", "/api/plans", Map.of("member", member, "period", PERIOD, "format", format,
                "title", Map.of("ar", "برنامج عمل الانفتاح", "fr", "Programme d'action d'ouverture")),
                TestTokens.pointOfContact(member));
        assertThat(plan.status()).as(plan.body().toString()).isEqualTo(201);
        return (String) plan.body().get("id");
    }

    static Map<String, Object> activity(String title, LocalDate start, LocalDate end, String weight) {
        return Map.of("title", title, "start", start.toString(), "end", end.toString(), "weight", weight);
    }

    Map<String, Object> card(String axisCode, List<String> ideaIds) {
        Map<String, Object> card = new HashMap<>();
        card.put("axisCode", axisCode);
        card.put("title", Map.of("ar", "تجويد آليات التواصل", "fr", "Améliorer les mécanismes de communication"));
        card.put("problem", Map.of("issues", List.of("ضعف التواصل مع الساكنة"), "causes", List.of("غياب خلية التواصل"),
                "consequences", List.of("فقدان ثقة المواطن")));
        card.put("proposedSolution", List.of("احداث خلية متخصصة في التواصل"));
        card.put("principles", List.of("TRANSPARENCY_AND_ACCOUNTABILITY", "CITIZEN_PARTICIPATION"));
        card.put("competence", "OWN");
        card.put("linkedToActionProgramme", true);
        card.put("feasibleWithinPeriod", true);
        card.put("estimatedBudget", "25000.50");
        card.put("fundingSource", "ذاتية");
        card.put("expectedResults", List.of(Map.of("objective", "TRUST", "contribution", "تواصل مستمر")));
        card.put("indicators", List.of(Map.of("kind", "OUTPUT", "title", "عدد اللقاءات التواصلية", "unit", "لقاء",
                "baseline", "0", "target", "12"), Map.of("kind", "IMPACT", "title", "المواطن يثق بالجماعة", "qualitative", true)));
        card.put("ideaIds", ideaIds);
        return card;
    }

    @Test
    void aPointOfContactTakesAPlanFromTwoRetainedIdeasToExecution() throws InterruptedException {
        List<String> ideas = ideationFacts("larache", "A1", "RETAINED", "RETAINED");
        String poc = TestTokens.pointOfContact("larache");
        String planId = draftPlan("larache", "STANDARD");
        assertThat(call("GET", "/api/plans/" + planId, null, null).status()).as("a draft is not public").isEqualTo(404);
        assertThat(call("POST", "/api/plans/" + planId + "/status", Map.of("to", "IN_CONSULTATION"), poc).body())
                .containsEntry("code", "plan.without-projects");

        LocalDate overdueEnd = TODAY.minusDays(1).isBefore(LocalDate.of(TODAY.getYear(), 1, 1)) ? TODAY : TODAY.minusDays(1);
        Map<String, Object> formulation = Map.of("planId", planId, "card", card("A1", ideas), "published", true,
                "activities", List.of(activity("احداث خلية التواصل", LocalDate.of(TODAY.getYear(), 1, 1), overdueEnd, "60"),
                        activity("اصدار نشرات اخبارية", LocalDate.of(TODAY.getYear() + 1, 1, 1),
                                LocalDate.of(TODAY.getYear() + 1, 6, 30), "40.00")));
        Response project;
        try (EventProbe probe = new EventProbe(Topics.PROJECTS.name())) {
            project = call("POST", "/api/projects", formulation, poc);
            assertThat(project.status()).as(project.body().toString()).isEqualTo(201);
            String projectId = (String) project.body().get("id");
            EventEnvelope event = probe.await(e -> e.getAggregateId().equals(projectId), 1, Duration.ofSeconds(30)).get(0);
            assertThat(event.getEventType()).isEqualTo("OpennessProjectFormulated");
            var card = event.getPayload().unpack(OpennessProjectFormulated.class).getProject();
            assertThat(card.getIdeaIdsList()).containsExactlyElementsOf(ideas);
            assertThat(card.getEstimatedBudget()).isEqualTo("25000.50");
            assertThat(card.getActivitiesList()).extracting(a -> a.getWeight()).containsExactly("60", "40.00");
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
        String projectId = (String) project.body().get("id");

        assertThat(call("POST", "/api/plans/" + planId + "/status", Map.of("to", "ADOPTED",
                "adoption", Map.of("session", Map.of("ar", "دورة أكتوبر"), "date", TODAY.toString())), poc).body())
                .as("adoption comes after the public consultation").containsEntry("code", "plan.transition-not-allowed");
        assertThat(call("POST", "/api/plans/" + planId + "/status", Map.of("to", "IN_CONSULTATION", "consultationId", "c-1"),
                poc).status()).isEqualTo(200);
        assertThat(call("GET", "/api/plans/" + planId, null, null).status()).as("in consultation, the draft is public")
                .isEqualTo(200);
        assertThat(call("POST", "/api/plans/" + planId + "/status", Map.of("to", "ADOPTED",
                "adoption", Map.of("session", Map.of("ar", "دورة أكتوبر"), "date", TODAY.plusDays(3).toString())), poc).body())
                .containsEntry("code", "invalid-input");
        Response adopted = call("POST", "/api/plans/" + planId + "/status", Map.of("to", "ADOPTED",
                "adoption", Map.of("session", Map.of("ar", "الدورة العادية لشهر أكتوبر", "fr", "Session ordinaire d'octobre"),
                        "date", TODAY.toString())), poc);
        assertThat(adopted.status()).isEqualTo(200);
        assertThat((Map<String, Object>) adopted.body().get("adoption")).containsEntry("date", TODAY.toString());

        Map<String, Object> edited = card("A1", ideas);
        edited.put("estimatedBudget", "30000");
        Response refused = call("PUT", "/api/projects/" + projectId, edited, poc);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).containsEntry("code", "plan.adopted-without-amendment");
        assertThat(call("POST", "/api/plans/" + planId + "/amendments", Map.of("reason", "تحيين الميزانية بعد المصادقة"),
                poc).body()).containsEntry("underAmendment", true);
        Response amended = call("PUT", "/api/projects/" + projectId, edited, poc);
        assertThat(amended.status()).isEqualTo(200);
        assertThat((Map<String, Object>) amended.body().get("card")).containsEntry("estimatedBudget", 30000);
        assertThat(call("POST", "/api/plans/" + planId + "/amendments/closure", null, poc).body())
                .containsEntry("underAmendment", false);

        Map<String, Object> before = call("GET", "/api/plans/" + planId + "/progress", null, null).body();
        assertThat(before.get("progress")).isEqualTo(0.0);
        assertThat((List<?>) before.get("lateActivities")).hasSize(1);

        List<Map<String, Object>> activities = (List<Map<String, Object>>) amended.body().get("activities");
        String first = (String) activities.get(0).get("id");
        assertThat(activities.get(0)).containsEntry("lateness", "OVERDUE");
        Response progressed = call("POST", "/api/projects/" + projectId + "/activities/" + first + "/progress",
                Map.of("progress", 100, "evidence", List.of(Map.of("kind", "LINK", "title", "قرار الإحداث",
                        "url", "https://larache.ma/decision"))), poc);
        assertThat(progressed.status()).as(progressed.body().toString()).isEqualTo(200);
        assertThat(progressed.body().get("progress")).isEqualTo(60.0);
        assertThat(((List<Map<String, Object>>) progressed.body().get("activities")).get(0))
                .containsEntry("status", "DONE").containsEntry("lateness", "ON_TIME");

        Map<String, Object> after = call("GET", "/api/plans/" + planId + "/progress", null, null).body();
        assertThat(after.get("progress")).isEqualTo(60.0);
        // Its execution over time, public like the project (no reporter named): 0 % when formulated, 60 % after.
        List<Map<String, Object>> overTime = (List<Map<String, Object>>) call("GET", "/api/projects/" + projectId
                + "/progress-history", null, null).body().get("list");
        assertThat(overTime).extracting(p -> ((Number) p.get("progress")).doubleValue()).containsExactly(0.0, 60.0);
        assertThat(overTime).allSatisfy(p -> assertThat(p).containsOnlyKeys("at", "progress"));
        assertThat((List<?>) after.get("lateActivities")).isEmpty();
        assertThat((List<Map<String, Object>>) after.get("axes")).anySatisfy(axis ->
                assertThat(axis).containsEntry("code", "A1").containsEntry("projects", 1).containsEntry("progress", 60.0));

        List<Map<String, Object>> indicators = (List<Map<String, Object>>) ((Map<String, Object>) progressed.body()
                .get("card")).get("indicators");
        Response measured = call("POST", "/api/projects/" + projectId + "/indicators/" + indicators.get(0).get("id")
                + "/measurements", Map.of("date", TODAY.toString(), "value", "4"), poc);
        assertThat(measured.status()).as(measured.body().toString()).isEqualTo(200);

        List<Map<String, Object>> history = (List<Map<String, Object>>) call("GET", "/api/projects/" + projectId
                + "/history", null, poc).body().get("list");
        assertThat(history).extracting(h -> h.get("action"))
                .containsExactly("FORMULATED", "EDITED", "PROGRESS_RECORDED", "INDICATOR_MEASURED");
        assertThat(history.get(1)).containsEntry("reason", "amendment 1").containsEntry("actor", "poc-larache");
        List<Map<String, Object>> planHistory = (List<Map<String, Object>>) call("GET", "/api/plans/" + planId
                + "/history", null, poc).body().get("list");
        assertThat(planHistory).extracting(h -> h.get("to"))
                .containsExactly("DRAFT", "IN_CONSULTATION", "ADOPTED", 1, null);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws InterruptedException {
        List<String> ideas = ideationFacts("tetouan", "B1", "RETAINED", "IN_PROCESSING");
        String poc = TestTokens.pointOfContact("tetouan");
        String planId = draftPlan("tetouan", "STANDARD");
        LocalDate start = LocalDate.of(TODAY.getYear(), 2, 1);
        List<Object[]> cases = List.of(
                new Object[] {List.of(activity("أ", start, start.plusDays(5), "50"), activity("ب", start, start.plusDays(5), "40")),
                        "activities", "project.activities.weights-sum"},
                new Object[] {List.of(activity("أ", start.plusDays(5), start, "100")), "activities[0].end",
                        "project.activity.end-before-start"},
                new Object[] {List.of(activity("أ", start.minusYears(2), start, "100")), "activities[0].start",
                        "project.activity.outside-period"},
                new Object[] {List.of(activity("أ", start, start, "-100")), "activities[0].weight", "validation.Decimal"},
                new Object[] {List.of(activity("أ", start, start, "cent")), "activities[0].weight", "validation.Decimal"});
        for (Object[] bad : cases) {
            Response refused = call("POST", "/api/projects", Map.of("planId", planId, "card", card("B1", List.of()),
                    "activities", bad[0]), poc);
            assertThat(refused.status()).isEqualTo(400);
            assertThat((List<Map<String, Object>>) refused.body().get("errors")).as(refused.body().toString())
                    .anySatisfy(e -> assertThat(e).containsEntry("field", bad[1]).containsEntry("code", bad[2]));
        }
        List<Map<String, Object>> ok = List.of(activity("أ", start, start.plusDays(10), "100"));
        Map<String, Object> negativeBudget = card("B1", List.of());
        negativeBudget.put("estimatedBudget", "-5");
        Map<String, Object> textBudget = card("B1", List.of());
        textBudget.put("estimatedBudget", "خمسة آلاف");
        for (Map<String, Object> card : List.of(negativeBudget, textBudget)) {
            Response refused = call("POST", "/api/projects", Map.of("planId", planId, "card", card, "activities", ok), poc);
            assertThat((List<Map<String, Object>>) refused.body().get("errors"))
                    .anySatisfy(e -> assertThat(e).containsEntry("field", "card.estimatedBudget"));
        }
        Response notRetained = call("POST", "/api/projects", Map.of("planId", planId, "card", card("B1", ideas),
                "activities", ok), poc);
        assertThat((List<Map<String, Object>>) notRetained.body().get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("field", "ideaIds[1]").containsEntry("code", "project.idea.not-retained"));
        Response otherAxis = call("POST", "/api/projects", Map.of("planId", planId, "card", card("Z9", List.of()),
                "activities", ok), poc);
        assertThat((List<Map<String, Object>>) otherAxis.body().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("code", "project.axis.unknown"));
        Response otherMember = call("POST", "/api/projects", Map.of("planId", planId, "card", card("B1", List.of()),
                "activities", ok), TestTokens.pointOfContact("larache"));
        assertThat(otherMember.status()).isEqualTo(403);
        assertThat(otherMember.body()).containsEntry("code", "forbidden-member");
        assertThat(call("POST", "/api/projects", Map.of("planId", planId, "card", card("B1", List.of()),
                "activities", ok), TestTokens.citizen()).status()).isEqualTo(403);
        assertThat(call("POST", "/api/plans", Map.of("member", "tetouan", "period", PERIOD,
                "title", Map.of("ar", "نسخة ثانية")), poc).status()).as("one plan per period").isEqualTo(409);

        Map<String, Object> listed = call("GET", "/api/projects?plan=" + planId, null, poc).body();
        assertThat(listed.get("totalItems")).as("nothing stored").isEqualTo(0);

        Response created = call("POST", "/api/projects", Map.of("planId", planId, "card", card("B1", List.of()),
                "activities", ok), poc);
        assertThat(created.status()).isEqualTo(201);
        String projectId = (String) created.body().get("id");
        assertThat(call("GET", "/api/projects/" + projectId, null, null).status()).as("unpublished").isEqualTo(404);
        assertThat(call("GET", "/api/projects?member=tetouan", null, null).body().get("totalItems")).isEqualTo(0);
        assertThat(call("GET", "/api/projects?plan=" + planId, null, null).body().get("totalItems")).isEqualTo(0);
        assertThat(call("GET", "/api/projects?plan=" + planId, null, poc).body().get("totalItems"))
                .as("the plan's staff see its unpublished projects").isEqualTo(1);
        assertThat(call("POST", "/api/projects/" + projectId + "/publication", Map.of("published", true), poc).status())
                .isEqualTo(200);
        assertThat(call("GET", "/api/projects/" + projectId, null, null).status()).isEqualTo(200);
        String activityId = (String) ((List<Map<String, Object>>) created.body().get("activities")).get(0).get("id");
        assertThat(call("POST", "/api/projects/" + projectId + "/activities/" + activityId + "/progress",
                Map.of("progress", 50), poc).body()).as("no progress before adoption")
                .containsEntry("code", "plan.not-in-execution");
        assertThat(call("POST", "/api/projects/" + projectId + "/activities/" + activityId + "/progress",
                Map.of("progress", 150), poc).status()).isEqualTo(400);
        assertThat(call("GET", "/api/projects/" + projectId, null, null).body().get("version")).as("unchanged").isEqualTo(2);
    }

    @Test
    void aRegionsOgpPlanListsCommitmentsWithTheirLeadInstitution() throws InterruptedException {
        ideationFacts(TTA, "A1");
        String poc = TestTokens.pointOfContact(TTA);
        String planId = draftPlan(TTA, "OGP");
        LocalDate start = LocalDate.of(TODAY.getYear(), 5, 1);
        List<Map<String, Object>> milestones = List.of(activity("المرحلة 1", start, start.plusMonths(3), "50"),
                activity("المرحلة 2", start.plusMonths(3), start.plusMonths(9), "50"));
        Map<String, Object> card = card("A1", List.of());
        Response withoutLead = call("POST", "/api/projects", Map.of("planId", planId, "card", card, "activities", milestones), poc);
        assertThat((List<Map<String, Object>>) withoutLead.body().get("errors"))
                .anySatisfy(e -> assertThat(e).containsEntry("code", "project.commitment.lead-required"));
        card.put("commitment", Map.of("leadInstitution", "مجلس جهة طنجة تطوان الحسيمة",
                "ogpValues", List.of("ACCESS_TO_INFORMATION", "CIVIC_PARTICIPATION")));
        Response commitment = call("POST", "/api/projects", Map.of("planId", planId, "card", card, "activities", milestones,
                "published", true), poc);
        assertThat(commitment.status()).as(commitment.body().toString()).isEqualTo(201);
        assertThat(commitment.body()).containsEntry("kind", "COMMITMENT");
        assertThat((Map<String, Object>) ((Map<String, Object>) commitment.body().get("card")).get("commitment"))
                .containsEntry("completion", "NOT_STARTED");
        String id = (String) commitment.body().get("id");
        assertThat(call("POST", "/api/projects/" + id + "/completion", Map.of("completion", "LIMITED"), poc).body())
                .containsEntry("code", "plan.not-in-execution");
        assertThat(call("GET", "/api/projects?region=" + TTA + "&kind=COMMITMENT", null, null).body().get("totalItems"))
                .isEqualTo(1);
    }
}
