package ma.remacto.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.test.EventProbe;
import ma.remacto.platform.test.ServiceClient;
import ma.remacto.platform.test.ServiceClient.Response;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestMembers;
import ma.remacto.platform.test.TestTokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Ideation over HTTP, on the real Kafka broker and MongoDB-wire server, members learnt from the members topic. */
@ServiceTest
@SuppressWarnings("unchecked")
class IdeationTest {

    static final String TTA = "tanger-tetouan-al-hoceima";

    @LocalServerPort
    int port;

    @Autowired
    MemberDirectory directory;

    @BeforeEach
    void members() throws InterruptedException {
        if (directory.find("larache").isPresent()) {
            return;
        }
        TestMembers.publish(List.of(TestMembers.Member.region(TTA), TestMembers.Member.commune("larache", TTA),
                TestMembers.Member.commune("tetouan", TTA), TestMembers.Member.commune("beni-ansar", "oriental"),
                TestMembers.Member.commune("closed-commune", TTA).inactive()));
        Instant deadline = Instant.now().plusSeconds(60);
        while (directory.find("closed-commune").isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    Response call(String method, String path, Object body, String token) {
        return new ServiceClient(port, "ar").call(method, path, body, token);
    }

    String axis(String member, String code) {
        Response existing = call("GET", "/api/axes?member=" + member, null, null);
        for (Object axis : (List<?>) existing.body().get("list")) {
            if (code.equals(((Map<String, Object>) axis).get("code"))) {
                return (String) ((Map<String, Object>) axis).get("id");
            }
        }
        Response created = call("POST", "/api/axes", Map.of("member", member, "programme", "2024-2025", "code", code,
                "position", 1, "title", Map.of("ar", "الشفافية والمساءلة", "fr", "Transparence et redevabilité")),
                TestTokens.pointOfContact(member));
        assertThat(created.status()).isEqualTo(201);
        return (String) created.body().get("id");
    }

    Map<String, Object> idea(String member, String axisCode, String problem) {
        Map<String, Object> idea = new HashMap<>();
        idea.put("member", member);
        idea.put("axisCode", axisCode);
        idea.put("category", "الولوج إلى المعلومة");
        idea.put("problem", problem);
        idea.put("proposedSolution", "نشر محاضر دورات المجلس على البوابة الإلكترونية للجماعة");
        return idea;
    }

    long ideaCount(String member) {
        return ((Number) call("GET", "/api/ideas?member=" + member, null, null).body().get("totalItems")).longValue();
    }

    @Test
    void aCitizenSubmitsAndAnyoneFollowsTheOutcome() {
        axis("larache", "A1");
        try (EventProbe probe = new EventProbe(Topics.IDEATION.name())) {
            Map<String, Object> body = idea("larache", "A1", "صعوبة الولوج إلى المعلومة المتعلقة بميزانية الجماعة");
            body.put("profile", Map.of("gender", "FEMALE", "ageGroup", "FROM_25_TO_34", "participantType", "CITIZEN"));
            Response created = call("POST", "/api/ideas", body, TestTokens.citizen("citizen-1", "مواطنة من العرائش"));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body()).containsEntry("state", "RECEIVED").containsEntry("author", "مواطنة من العرائش")
                    .containsEntry("source", "DIGITAL").doesNotContainKey("profile").doesNotContainKey("submitterSubject");
            assertThat((List<String>) created.body().get("languages")).containsExactly("ar");
            String id = (String) created.body().get("id");

            EventEnvelope submitted = probe.await(e -> e.getAggregateId().equals(id), 1, Duration.ofSeconds(30)).getFirst();
            assertThat(submitted.getEventType()).isEqualTo("IdeaSubmitted");
            assertThat(submitted.getActor().getSubject()).isEqualTo("citizen-1");
            assertThat(submitted.getPayload().toString()).doesNotContain("FEMALE").doesNotContain("FROM_25_TO_34");

            // The point of contact moves it along; each step is public and recorded.
            String poc = TestTokens.pointOfContact("larache");
            assertThat(call("POST", "/api/ideas/" + id + "/state", Map.of("to", "RETAINED"), poc).status()).isEqualTo(409);
            assertThat(call("POST", "/api/ideas/" + id + "/state", Map.of("to", "IN_PROCESSING"), poc).status())
                    .isEqualTo(200);
            assertThat(call("POST", "/api/ideas/" + id + "/state", Map.of("to", "WITH_COMMITTEE"), poc).status())
                    .isEqualTo(200);
            Response retained = call("POST", "/api/ideas/" + id + "/state",
                    Map.of("to", "RETAINED", "reason", "ستدمج في مشروع نشر المعطيات"), TestTokens.committeeMember("larache"));
            assertThat(retained.status()).isEqualTo(200);

            Response visitor = call("GET", "/api/ideas/" + id, null, null);
            assertThat(visitor.body()).containsEntry("state", "RETAINED");
            assertThat(((Map<String, String>) visitor.body().get("outcome")).get("ar")).contains("ستدمج في مشروع نشر المعطيات");
            assertThat(((Map<String, String>) visitor.body().get("outcome")).get("fr")).contains("retenue");

            List<Map<String, Object>> history = (List<Map<String, Object>>) call("GET", "/api/ideas/" + id + "/history",
                    null, poc).body().get("list");
            assertThat(history).extracting(h -> h.get("to")).containsExactly("RECEIVED", "IN_PROCESSING", "WITH_COMMITTEE",
                    "RETAINED");
            assertThat(history.get(3)).containsEntry("from", "WITH_COMMITTEE").containsEntry("actor", "committee-larache")
                    .containsKey("at").containsEntry("reason", "ستدمج في مشروع نشر المعطيات");
            assertThat(call("GET", "/api/ideas/" + id + "/history", null, null).status()).isEqualTo(401);

            EventEnvelope changed = probe.await(e -> e.getAggregateId().equals(id) && e.getEventType().equals("IdeaStateChanged"),
                    3, Duration.ofSeconds(30)).get(2);
            try {
                assertThat(changed.getPayload().unpack(IdeaStateChanged.class).getToState()).isEqualTo("RETAINED");
                assertThat(submitted.getPayload().unpack(IdeaSubmitted.class).getIdea().getNumber()).isPositive();
            } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void anonymousDisplayAndOwnIdeas() {
        axis("tetouan", "A1");
        Map<String, Object> body = idea("tetouan", "A1", "غياب فضاءات للشباب في الأحياء");
        body.put("anonymous", true);
        Response created = call("POST", "/api/ideas", body, TestTokens.citizen("citizen-2", "اسم لا يظهر"));
        assertThat(created.body().get("author")).isNull();
        Response mine = call("GET", "/api/ideas/mine", null, TestTokens.citizen("citizen-2", null));
        assertThat((List<?>) mine.body().get("items")).hasSize(1);
        assertThat(call("GET", "/api/ideas/mine", null, null).status()).isEqualTo(401);
    }

    @Test
    void staffOfAnotherMemberCannotTouchAnIdea() {
        axis("larache", "A1");
        String id = (String) call("POST", "/api/ideas", idea("larache", "A1", "ضعف الإنارة العمومية"),
                TestTokens.citizen()).body().get("id");
        Response other = call("POST", "/api/ideas/" + id + "/state", Map.of("to", "IN_PROCESSING"),
                TestTokens.pointOfContact("tetouan"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).containsEntry("code", "forbidden-member");
        assertThat(call("POST", "/api/ideas/" + id + "/state", Map.of("to", "IN_PROCESSING"), TestTokens.citizen())
                .status()).isEqualTo(403);
        assertThat(call("PUT", "/api/ideas/" + id, Map.of("problem", "x", "proposedSolution", "y", "axisCode", "A1"),
                TestTokens.pointOfContact("tetouan")).status()).isEqualTo(403);
        assertThat(call("GET", "/api/ideas/" + id, null, null).body()).containsEntry("state", "RECEIVED");
    }

    @Test
    void badInputIsRefusedAndNothingStored() {
        axis("larache", "A1");
        axis("beni-ansar", "B1");
        long before = ideaCount("larache");
        String citizen = TestTokens.citizen();

        Response blank = call("POST", "/api/ideas", idea("larache", "A1", "   "), citizen);
        assertThat(blank.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) blank.body().get("errors")).extracting(e -> e.get("field")).contains("problem");

        Response tooLong = call("POST", "/api/ideas", idea("larache", "A1", "م".repeat(2001)), citizen);
        assertThat(tooLong.status()).isEqualTo(400);

        Response unknownMember = call("POST", "/api/ideas", idea("atlantis", "A1", "مشكلة"), citizen);
        assertThat(unknownMember.status()).isEqualTo(400);
        assertThat(((List<Map<String, Object>>) unknownMember.body().get("errors")).getFirst())
                .containsEntry("code", "idea.member.unknown");

        Response inactive = call("POST", "/api/ideas", idea("closed-commune", "A1", "مشكلة"), citizen);
        assertThat(((List<Map<String, Object>>) inactive.body().get("errors")).getFirst())
                .containsEntry("code", "idea.member.inactive");

        Map<String, Object> otherAxis = idea("larache", null, "مشكلة");
        otherAxis.put("axisId", axis("beni-ansar", "B1"));
        Response wrongAxis = call("POST", "/api/ideas", otherAxis, citizen);
        assertThat(((List<Map<String, Object>>) wrongAxis.body().get("errors")).getFirst())
                .containsEntry("code", "idea.axis.other-member");

        assertThat(call("POST", "/api/ideas", idea("larache", "A1", "مشكلة"), TestTokens.pointOfContact("larache"))
                .status()).isEqualTo(403);
        assertThat(call("POST", "/api/ideas", idea("larache", "A1", "مشكلة"), null).status()).isEqualTo(401);
        assertThat(ideaCount("larache")).isEqualTo(before);

        // Markup is data: stored and returned as typed, for readers to escape.
        String markup = "<script>alert('x')</script> <b>الطرق</b>";
        Response html = call("POST", "/api/ideas", idea("larache", "A1", markup), citizen);
        assertThat(html.status()).isEqualTo(201);
        assertThat(call("GET", "/api/ideas/" + html.body().get("id"), null, null).body()).containsEntry("problem", markup);
    }

    @Test
    void refusalsNeedAPublicReasonAndMergesAnotherIdeaOfTheSameMember() {
        axis("larache", "A1");
        String poc = TestTokens.pointOfContact("larache");
        String a = (String) call("POST", "/api/ideas", idea("larache", "A1", "تراكم النفايات"), TestTokens.citizen()).body().get("id");
        String b = (String) call("POST", "/api/ideas", idea("larache", "A1", "تراكم الأزبال"), TestTokens.citizen()).body().get("id");
        String c = (String) call("POST", "/api/ideas", idea("larache", "A1", "خارج الاختصاص"), TestTokens.citizen()).body().get("id");

        assertThat(call("POST", "/api/ideas/" + c + "/state", Map.of("to", "NOT_RETAINED"), poc).status()).isEqualTo(400);
        Response refused = call("POST", "/api/ideas/" + c + "/state",
                Map.of("to", "NOT_RETAINED", "reason", "خارج اختصاصات الجماعة"), poc);
        assertThat(((Map<String, String>) refused.body().get("outcome")).get("ar")).contains("خارج اختصاصات الجماعة");

        assertThat(call("POST", "/api/ideas/" + b + "/state", Map.of("to", "MERGED", "mergeInto", b), poc).status())
                .isEqualTo(400);
        assertThat(call("POST", "/api/ideas/" + b + "/state", Map.of("to", "MERGED", "mergeInto", c), poc).status())
                .isEqualTo(400);
        Response merged = call("POST", "/api/ideas/" + b + "/state", Map.of("to", "MERGED", "mergeInto", a), poc);
        assertThat(merged.body()).containsEntry("mergedInto", a);
        Response closed = call("POST", "/api/ideas/" + b + "/supports", null, TestTokens.citizen("late", null));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.body()).containsEntry("code", "idea.support.closed").containsEntry("ideaState", "MERGED")
                .containsEntry("detail", "لم تعد هذه الفكرة تقبل الدعم: فقد دمجت في فكرة أخرى.");
        assertThat(french(closed)).isEqualTo("Cette idée ne reçoit plus de soutiens : elle a été fusionnée avec une autre "
                + "idée.");
        assertThat(call("GET", "/api/ideas/" + b, null, null).body()).containsEntry("supportOpen", false);
        assertThat(call("GET", "/api/ideas/" + a, null, null).body()).containsEntry("supportOpen", true);
        Response notRetained = call("POST", "/api/ideas/" + c + "/supports", null, TestTokens.citizen("late", null));
        assertThat(french(notRetained)).isEqualTo("Cette idée ne reçoit plus de soutiens : elle n'a pas été retenue.");

        Response stuck = call("POST", "/api/ideas/" + c + "/state", Map.of("to", "IN_PROCESSING"), poc);
        assertThat(stuck.body()).containsEntry("code", "idea.transition-not-allowed")
                .containsEntry("ideaState", "NOT_RETAINED").containsEntry("targetState", "IN_PROCESSING")
                .containsEntry("detail", "هذه الفكرة في حالة «لم يتم اعتمادها»: لا يمكن أن تنتقل إلى حالة «في طور المعالجة».");
        assertThat(french(stuck)).isEqualTo(
                "Cette idée est à l'état « Non retenue » : elle ne peut pas passer à l'état « En cours de traitement ».");
        Map<String, Object> edit = idea("larache", "A1", "تعديل");
        edit.remove("member");
        Response frozen = call("PUT", "/api/ideas/" + c, edit, poc);
        assertThat(frozen.body()).containsEntry("code", "idea.not-editable");
        assertThat(french(frozen)).isEqualTo("Cette idée est à l'état « Non retenue » : elle ne peut plus être modifiée.");
    }

    private static String french(Response problem) {
        return ((Map<String, Map<String, String>>) problem.body().get("messages")).get("fr").get("detail");
    }

    @Test
    void anAxisEditedFromAnOlderVersionIsRefusedInsteadOfOverwritten() {
        String id = axis("beni-ansar", "B1");
        String poc = TestTokens.pointOfContact("beni-ansar");
        Response read = call("GET", "/api/axes/" + id, null, null);
        assertThat(read.etag()).isEqualTo("\"" + read.body().get("version") + "\"");
        Map<String, Object> title = Map.of("ar", "المشاركة المواطنة", "fr", "Participation citoyenne");
        Map<String, Object> change = Map.of("position", 2, "title", title, "active", true);
        ServiceClient client = new ServiceClient(port, "fr");

        Response first = client.call("PUT", "/api/axes/" + id, change, poc, read.etag());
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        long version = ((Number) read.body().get("version")).longValue();
        assertThat(first.body()).containsEntry("version", (int) version + 1).containsEntry("position", 2);
        assertThat(first.etag()).isEqualTo("\"" + (version + 1) + "\"");

        // A second editor who opened the axis before the first saved: refused, and the first one's change stays.
        Response second = client.call("PUT", "/api/axes/" + id, Map.of("position", 3, "title", title, "active", false),
                poc, read.etag());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).containsEntry("code", "concurrent-change");
        assertThat(call("GET", "/api/axes/" + id, null, null).body()).containsEntry("position", 2)
                .containsEntry("active", true);

        // Without If-Match the last writer wins, as before; a change with no effect writes nothing.
        Response again = client.call("PUT", "/api/axes/" + id, change, poc);
        assertThat(again.body()).containsEntry("version", (int) version + 1);
        assertThat(client.call("PUT", "/api/axes/" + id, change, poc, "W/\"" + (version + 1) + "\"").status())
                .isEqualTo(200);
        assertThat(client.call("PUT", "/api/axes/" + id, change, poc, "abc").body()).containsEntry("code",
                "invalid-input");
    }

    @Test
    void supportsAreCountedOncePerPersonUnderConcurrency() throws Exception {
        axis("larache", "A1");
        String id = (String) call("POST", "/api/ideas", idea("larache", "A1", "غياب مواقف السيارات"), TestTokens.citizen())
                .body().get("id");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String token = TestTokens.citizen("supporter-" + i, null);
                calls.add(() -> call("POST", "/api/ideas/" + id + "/supports", null, token).status());
            }
            String same = TestTokens.citizen("eager", null);
            for (int i = 0; i < 10; i++) {
                calls.add(() -> call("POST", "/api/ideas/" + id + "/supports", null, same).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(41);
            assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(9);
        } finally {
            pool.shutdown();
        }
        assertThat(call("GET", "/api/ideas/" + id, null, null).body()).containsEntry("supportCount", 41);
    }

    @Test
    void workshopBatchesAreAllOrNothingAndIdempotent() {
        axis("beni-ansar", "B1");
        String poc = TestTokens.pointOfContact("beni-ansar");
        long before = ideaCount("beni-ansar");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            rows.add(Map.of("axisCode", "B1", "problem", "إشكالية رقم " + i, "proposedSolution", "حل مقترح رقم " + i,
                    "profile", Map.of("gender", i % 2 == 0 ? "FEMALE" : "MALE")));
        }
        List<Map<String, Object>> broken = new ArrayList<>(rows);
        broken.set(3, Map.of("axisCode", "NOPE", "problem", "x", "proposedSolution", "y"));
        broken.set(7, Map.of("axisCode", "B1", "problem", " ", "proposedSolution", "y"));
        Response refused = call("POST", "/api/ideas/batches",
                Map.of("member", "beni-ansar", "batchId", "workshop-1", "source", "LIVE_WORKSHOP", "rows", broken), poc);
        assertThat(refused.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.body().get("errors")).extracting(e -> e.get("field"))
                .contains("rows[3].axisCode", "rows[7].problem");
        assertThat(ideaCount("beni-ansar")).isEqualTo(before);

        Map<String, Object> batch = Map.of("member", "beni-ansar", "batchId", "workshop-1", "source", "LIVE_WORKSHOP",
                "rows", rows);
        Response recorded = call("POST", "/api/ideas/batches", batch, poc);
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.body()).containsEntry("created", 36);
        Response again = call("POST", "/api/ideas/batches", batch, poc);
        assertThat(again.body()).containsEntry("created", 0).containsEntry("alreadyRecorded", 36);
        assertThat(ideaCount("beni-ansar")).isEqualTo(before + 36);

        assertThat(call("POST", "/api/ideas/batches", batch, TestTokens.pointOfContact("larache")).status()).isEqualTo(403);

        Response stats = call("GET", "/api/ideas/statistics?member=beni-ansar", null, null);
        assertThat(((Map<String, Number>) stats.body().get("bySource")).get("LIVE_WORKSHOP").intValue()).isEqualTo(36);
        assertThat(((Map<String, Number>) stats.body().get("byGender")).get("FEMALE").intValue()).isEqualTo(18);
        assertThat(((Map<String, Number>) stats.body().get("byAxis")).get("B1").intValue()).isGreaterThanOrEqualTo(36);
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Africa/Casablanca")).toString();
        assertThat(((Map<String, Number>) stats.body().get("byMonth")).get(thisMonth).longValue())
                .isEqualTo(((Number) stats.body().get("ideas")).longValue());
    }

    @Test
    void aTableOfLastYearsIdeasKeepsItsNumbersAndStates() {
        axis("larache", "A2");
        String poc = TestTokens.pointOfContact("larache");
        List<Map<String, Object>> rows = List.of(
                Map.of("number", 645, "axisCode", "A2", "problem", "غياب الشفافية في تدبير الصفقات",
                        "proposedSolution", "نشر الصفقات", "state", "WITH_COMMITTEE"),
                Map.of("number", 646, "axisCode", "A2", "problem", "مشكل", "proposedSolution", "حل",
                        "state", "NOT_RETAINED"));
        Response missingReason = call("POST", "/api/ideas/batches", Map.of("member", "larache", "batchId", "larache-2023",
                "source", "DIGITAL", "rows", rows), poc);
        assertThat(((List<Map<String, Object>>) missingReason.body().get("errors")).getFirst())
                .containsEntry("field", "rows[1].reason");
        Response recorded = call("POST", "/api/ideas/batches", Map.of("member", "larache", "batchId", "larache-2023",
                "source", "DIGITAL", "rows", List.of(rows.getFirst())), poc);
        assertThat(recorded.body()).containsEntry("created", 1);
        Response list = call("GET", "/api/ideas?member=larache&state=WITH_COMMITTEE", null, null);
        assertThat((List<Map<String, Object>>) list.body().get("items")).anySatisfy(i -> assertThat(i)
                .containsEntry("number", 645).containsEntry("source", "DIGITAL"));
        // Numbers continue after the highest one recorded from the tables.
        Response next = call("POST", "/api/ideas", idea("larache", "A2", "مشكل جديد"), TestTokens.citizen());
        assertThat(((Number) next.body().get("number")).longValue()).isGreaterThan(645);
    }

    @Test
    void onlyTheSubmitterWithdrawsBeforeProcessing() {
        axis("tetouan", "A1");
        String id = (String) call("POST", "/api/ideas", idea("tetouan", "A1", "ضعف النقل الحضري"),
                TestTokens.citizen("owner", null)).body().get("id");
        assertThat(call("POST", "/api/ideas/" + id + "/withdrawal", null, TestTokens.citizen("someone-else", null))
                .status()).isEqualTo(403);
        Response withdrawn = call("POST", "/api/ideas/" + id + "/withdrawal", null, TestTokens.citizen("owner", null));
        assertThat(withdrawn.body()).containsEntry("state", "WITHDRAWN");
        assertThat(call("POST", "/api/ideas/" + id + "/withdrawal", null, TestTokens.citizen("owner", null)).status())
                .isEqualTo(409);
    }

    @Test
    void listsFilterByRegionAndState() {
        axis("larache", "A1");
        call("POST", "/api/ideas", idea("larache", "A1", "مشكل في الطرق"), TestTokens.citizen());
        Response region = call("GET", "/api/ideas?region=" + TTA + "&state=RECEIVED&size=200", null, null);
        List<Map<String, Object>> items = (List<Map<String, Object>>) region.body().get("items");
        assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.get("member")).isIn("larache", "tetouan"));
        assertThat(call("GET", "/api/ideas?state=SOMEWHERE", null, null).status()).isEqualTo(400);
        assertThat(call("GET", "/api/ideas?from=2026-02-01&to=2026-01-01", null, null).status()).isEqualTo(400);
    }

    @Test
    void anIdeasOutcomeNamesTheProjectItFedAndForgetsAWithdrawnOne() throws InterruptedException {
        axis("tetouan", "A1");
        String poc = TestTokens.pointOfContact("tetouan");
        Response recorded = call("POST", "/api/ideas/batches", Map.of("member", "tetouan", "batchId", "tetouan-links",
                "source", "LIVE_WORKSHOP", "rows", List.of(Map.of("number", 901, "axisCode", "A1", "problem", "ضعف التواصل",
                        "proposedSolution", "خلية للتواصل", "state", "RETAINED"))), poc);
        assertThat(recorded.status()).isEqualTo(200);
        String ideaId = (String) ((List<Map<String, Object>>) recorded.body().get("rows")).getFirst().get("ideaId");
        String projectId = ma.remacto.platform.ids.Ids.newId();
        ma.remacto.events.v1.ProjectCard.Builder card = ma.remacto.events.v1.ProjectCard.newBuilder().setId(projectId)
                .setMemberSlug("tetouan").addIdeaIds(ideaId).setVersion(1)
                .setTitle(ma.remacto.events.v1.LocalizedText.newBuilder().setAr("تجويد آليات التواصل").setFr("Mieux communiquer"));
        ma.remacto.platform.test.TestEvents.publish(List.of(new ma.remacto.platform.events.DomainEvent(Topics.PROJECTS,
                "OpennessProjectFormulated", 1, "OpennessProject", projectId, 1, "tetouan",
                ma.remacto.events.v1.OpennessProjectFormulated.newBuilder().setProject(card).build())));
        Instant deadline = Instant.now().plusSeconds(60);
        Map<String, Object> idea = call("GET", "/api/ideas/" + ideaId, null, null).body();
        while (((List<?>) idea.get("projectIds")).isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
            idea = call("GET", "/api/ideas/" + ideaId, null, null).body();
        }
        assertThat((List<String>) idea.get("projectIds")).containsExactly(projectId);
        assertThat(((Map<String, String>) idea.get("outcome")).get("ar")).contains("«تجويد آليات التواصل»");
        assertThat(((Map<String, String>) idea.get("outcome")).get("fr")).contains("« Mieux communiquer »");

        ma.remacto.platform.test.TestEvents.publish(List.of(new ma.remacto.platform.events.DomainEvent(Topics.PROJECTS,
                "OpennessProjectWithdrawn", 1, "OpennessProject", projectId, 2, "tetouan",
                ma.remacto.events.v1.OpennessProjectWithdrawn.newBuilder().setProject(card.setVersion(2)).build())));
        while (!((List<?>) idea.get("projectIds")).isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
            idea = call("GET", "/api/ideas/" + ideaId, null, null).body();
        }
        assertThat(((Map<String, String>) idea.get("outcome")).get("ar")).doesNotContain("تجويد آليات التواصل");
        List<Map<String, Object>> history = (List<Map<String, Object>>) call("GET", "/api/ideas/" + ideaId + "/history",
                null, poc).body().get("list");
        assertThat(history).filteredOn(h -> "PROJECTS_LINKED".equals(h.get("action"))).hasSize(2)
                .allSatisfy(h -> assertThat(h).containsEntry("actor", "system:projects"));
    }
}
