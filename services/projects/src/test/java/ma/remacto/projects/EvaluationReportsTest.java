package ma.remacto.projects;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import ma.remacto.events.v1.AxisCard;
import ma.remacto.events.v1.AxisDefined;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.test.Eventually;
import ma.remacto.platform.test.ServiceClient;
import ma.remacto.platform.test.ServiceClient.Response;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestEvents;
import ma.remacto.platform.test.TestMembers;
import ma.remacto.platform.test.TestTokens;
import ma.remacto.projects.persistence.IdeationCopies;
import ma.remacto.projects.persistence.ProjectRepository;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * Printable evaluation reports over HTTP: a plan with projects in two axes, adopted, with progress recorded; the
 * reports in Arabic and French, for the public and for the member's staff, of the running quarter and of past
 * periods (progress as it stood then), and the refused periods.
 */
@ServiceTest
@SuppressWarnings("unchecked")
class EvaluationReportsTest {

    static final String MEMBER = "beni-ansar";
    static final String REGION = "oriental";
    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate TODAY = LocalDate.now(CASABLANCA);
    static final int Y = TODAY.getYear();
    /** Last year, this year and next: there is always a past quarter and a future one inside the plan. */
    static final String PERIOD = (Y - 1) + "-" + (Y + 1);
    static final String SCRIPT_TITLE = "<script>alert('x')</script> تعزيز الولوج إلى المعلومات";

    @LocalServerPort
    int port;

    @Autowired
    MemberDirectory directory;

    @Autowired
    IdeationCopies ideation;

    @Autowired
    MongoDatabase database;

    record Page(int status, String contentType, String contentLanguage, String body) {
    }

    @BeforeEach
    void member() {
        TestMembers.ensure(directory, List.of(TestMembers.Member.region(REGION), TestMembers.Member.commune(MEMBER, REGION)));
    }

    Response call(String method, String path, Object body, String token) {
        return new ServiceClient(port, "fr").call(method, path, body, token);
    }

    Page page(String path, String token, String acceptLanguage) {
        var request = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build().get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, token);
        }
        if (acceptLanguage != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return request.exchange((req, res) -> new Page(res.getStatusCode().value(),
                String.valueOf(res.getHeaders().getContentType()), res.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE),
                res.bodyTo(String.class)));
    }

    void axes(String... codes) throws InterruptedException {
        List<DomainEvent> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int position = 1;
        for (String code : codes) {
            String id = Ids.newId();
            ids.add(id);
            events.add(new DomainEvent(Topics.IDEATION, "AxisDefined", 1, "Axis", id, 1, MEMBER,
                    AxisDefined.newBuilder().setAxis(AxisCard.newBuilder().setId(id).setMemberSlug(MEMBER)
                            .setProgramme(PERIOD).setCode(code).setPosition(position++).setActive(true)
                            .setTitle(ma.remacto.events.v1.LocalizedText.newBuilder().setAr("محور " + code)
                                    .setFr("Axe " + code))).build()));
        }
        TestEvents.publish(events);
        Eventually.until(() -> ids.stream().allMatch(id -> ideation.axis(id).isPresent()));
    }

    static Map<String, Object> activity(String title, LocalDate start, LocalDate end, int weight) {
        return Map.of("title", title, "start", start.toString(), "end", end.toString(), "weight", String.valueOf(weight));
    }

    String formulate(String planId, String axisCode, Map<String, String> title, boolean published,
            List<Map<String, Object>> activities, String poc) {
        Map<String, Object> card = new HashMap<>();
        card.put("axisCode", axisCode);
        card.put("title", title);
        card.put("estimatedBudget", "25000.50");
        card.put("indicators", List.of(Map.of("kind", "OUTPUT", "title", "عدد اللقاءات التواصلية", "unit", "لقاء",
                "baseline", "0", "target", "12")));
        Response project = call("POST", "/api/projects", Map.of("planId", planId, "card", card, "published", published,
                "activities", activities), poc);
        assertThat(project.status()).as(project.body().toString()).isEqualTo(201);
        return (String) project.body().get("id");
    }

    void progress(String projectId, String activityTitle, int progress, String poc) {
        List<Map<String, Object>> activities = (List<Map<String, Object>>) call("GET", "/api/projects/" + projectId,
                null, poc).body().get("activities");
        String activityId = (String) activities.stream().filter(a -> a.get("title").equals(activityTitle)).findFirst()
                .orElseThrow().get("id");
        Response recorded = call("POST", "/api/projects/" + projectId + "/activities/" + activityId + "/progress",
                Map.of("progress", progress), poc);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
    }

    /** A project's progress computed here: the weight-sum of its activities' progress. */
    static BigDecimal weighted(int[] weights, int[] progress) {
        int sum = 0;
        int done = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            done += weights[i] * progress[i];
        }
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(sum), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(BigDecimal... values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return values.length == 0 ? BigDecimal.ZERO
                : sum.divide(BigDecimal.valueOf(values.length), 2, RoundingMode.HALF_UP);
    }

    /** How the page states a progress for assistive technology: the plain number. */
    static String valueNow(BigDecimal value) {
        return "aria-valuenow=\"" + value.stripTrailingZeros().toPlainString() + "\"";
    }

    /** The table row of a section that holds a text. */
    static String row(String html, String section, String text) {
        String part = html.substring(html.indexOf("<section class=\"" + section + "\">"));
        part = part.substring(0, part.indexOf("</section>"));
        for (String row : part.split("<tr>")) {
            if (row.contains(text)) {
                return row.substring(0, row.indexOf("</tr>"));
            }
        }
        throw new AssertionError("no row with " + text + " in " + section + ":\n" + part);
    }

    static String section(String html, String section) {
        String part = html.substring(html.indexOf("<section class=\"" + section + "\">"));
        return part.substring(0, part.indexOf("</section>"));
    }

    static String summaryProgress(String html) {
        String summary = section(html, "summary");
        int bar = summary.indexOf("aria-valuenow=\"");
        return summary.substring(bar, summary.indexOf('"', bar + "aria-valuenow=\"".length()) + 1);
    }

    @Test
    void reportsShowWhereThePlanStoodAtTheEndOfThePeriodInArabicAndFrench() throws InterruptedException {
        axes("A1", "A2");
        String poc = TestTokens.pointOfContact(MEMBER);
        Response drafted = call("POST", "/api/plans", Map.of("member", MEMBER, "period", PERIOD, "title",
                Map.of("ar", "برنامج عمل انفتاح جماعة بني أنصار", "fr", "Programme d'action d'ouverture de Beni Ansar")), poc);
        assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
        String planId = (String) drafted.body().get("id");
        String reports = "/api/plans/" + planId + "/reports/";
        String quarter = Y + "-Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);

        LocalDate lastYear = LocalDate.of(Y - 1, 1, 1);
        String p1 = formulate(planId, "A1", Map.of("ar", SCRIPT_TITLE, "fr", "Accès à l'information"), true, List.of(
                activity("احداث خلية التواصل", lastYear, LocalDate.of(Y - 1, 6, 30), 60),
                activity("اصدار نشرات اخبارية", LocalDate.of(Y - 1, 7, 1), LocalDate.of(Y + 1, 6, 30), 40)), poc);
        String p2 = formulate(planId, "A1", Map.of("ar", "خلق وحدة الأرشيف"), true, List.of(
                activity("جرد الأرشيف", lastYear, LocalDate.of(Y - 1, 3, 31), 50),
                activity("رقمنة الأرشيف", LocalDate.of(Y - 1, 4, 1), LocalDate.of(Y - 1, 12, 31), 50)), poc);
        String p3 = formulate(planId, "A2", Map.of("ar", "مشروع غير منشور", "fr", "Projet non publié"), false, List.of(
                activity("نشاط داخلي", lastYear, LocalDate.of(Y + 1, 12, 31), 100)), poc);

        assertThat(page(reports + "quarterly?period=" + quarter, null, null).status()).as("a draft is not public")
                .isEqualTo(404);
        assertThat(page(reports + "quarterly?period=" + quarter, poc, null).status()).as("its staff may report it")
                .isEqualTo(200);

        assertThat(call("POST", "/api/plans/" + planId + "/status", Map.of("to", "IN_CONSULTATION"), poc).status())
                .isEqualTo(200);
        assertThat(call("POST", "/api/plans/" + planId + "/status", Map.of("to", "ADOPTED", "adoption",
                Map.of("session", Map.of("ar", "الدورة العادية لشهر فبراير", "fr", "Session ordinaire de février"),
                        "date", TODAY.toString())), poc).status()).isEqualTo(200);
        progress(p1, "احداث خلية التواصل", 40, poc);
        progress(p1, "احداث خلية التواصل", 100, poc);
        progress(p1, "اصدار نشرات اخبارية", 50, poc);
        progress(p2, "جرد الأرشيف", 30, poc);
        progress(p3, "نشاط داخلي", 80, poc);
        assertThat(call("POST", "/api/plans/" + planId + "/amendments", Map.of("reason", "تحيين <الميزانية> & الجدولة"),
                poc).status()).isEqualTo(200);
        assertThat(call("POST", "/api/plans/" + planId + "/amendments/closure", null, poc).status()).isEqualTo(200);

        BigDecimal progress1 = weighted(new int[] {60, 40}, new int[] {100, 50});
        BigDecimal progress2 = weighted(new int[] {50, 50}, new int[] {30, 0});
        BigDecimal progress3 = weighted(new int[] {100}, new int[] {80});

        // The running quarter, as of today, for the public: Arabic by default, published projects only.
        Page arabic = page(reports + "quarterly?period=" + quarter, null, null);
        assertThat(arabic.status()).as(arabic.body()).isEqualTo(200);
        assertThat(arabic.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(arabic.contentLanguage()).isEqualTo("ar");
        String ar = arabic.body();
        assertThat(ar).startsWith("<!DOCTYPE html>").contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("جماعة " + MEMBER).contains("برنامج عمل انفتاح جماعة بني أنصار").contains(quarter)
                .contains("تقرير التقييم الدوري").contains("الدورة العادية لشهر فبراير").contains("@page");
        assertThat(ar).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(ar).doesNotContain("مشروع غير منشور");
        assertThat(row(ar, "axes", "محور A1")).contains(valueNow(mean(progress1, progress2)))
                .contains("<td class=\"num\">2</td>");
        assertThat(row(ar, "axes", "محور A2")).contains(valueNow(mean())).contains("<td class=\"num\">0</td>");
        assertThat(row(ar, "projects", "&lt;script&gt;")).contains(valueNow(progress1)).contains("1 من 2");
        assertThat(row(ar, "projects", "خلق وحدة الأرشيف")).contains(valueNow(progress2)).contains("0 من 2");
        assertThat(summaryProgress(ar)).isEqualTo(valueNow(mean(progress1, progress2)));
        assertThat(section(ar, "late")).contains("جرد الأرشيف").contains("رقمنة الأرشيف").doesNotContain("نشاط داخلي");
        assertThat(section(ar, "amendments")).contains("تحيين &lt;الميزانية&gt; &amp; الجدولة");

        // The same in French, asked for by parameter or by Accept-Language; the staff see every project.
        Page french = page(reports + "quarterly?period=" + quarter + "&lang=fr", poc, null);
        assertThat(french.contentLanguage()).isEqualTo("fr");
        String fr = french.body();
        assertThat(fr).contains("<html lang=\"fr\" dir=\"ltr\">").contains("Commune " + MEMBER)
                .contains("Programme d&#39;action d&#39;ouverture de Beni Ansar").contains("Rapport d&#39;évaluation périodique")
                .contains("Accès à l&#39;information").contains("Projet non publié").doesNotContain("<script");
        assertThat(row(fr, "axes", "Axe A1")).contains(valueNow(mean(progress1, progress2)));
        assertThat(row(fr, "axes", "Axe A2")).contains(valueNow(progress3));
        assertThat(row(fr, "projects", "Projet non publié")).contains(valueNow(progress3));
        assertThat(summaryProgress(fr)).isEqualTo(valueNow(mean(progress1, progress2, progress3)));
        assertThat(fr).contains(">" + mean(progress1, progress2, progress3).stripTrailingZeros().toPlainString()
                .replace('.', ',') + "\u00a0%<");
        assertThat(page(reports + "quarterly?period=" + quarter, null, "fr-FR,fr;q=0.9,ar;q=0.5").body())
                .contains("<html lang=\"fr\" dir=\"ltr\">");
        Page finalReport = page(reports + "final", poc, null);
        assertThat(finalReport.status()).isEqualTo(200);
        assertThat(summaryProgress(finalReport.body())).isEqualTo(valueNow(mean(progress1, progress2, progress3)));

        // Past periods: the first progress report on P1 and P1 itself dated last year, as if recorded then.
        Instant formulated = LocalDate.of(Y - 1, 1, 10).atTime(10, 0).atZone(CASABLANCA).toInstant();
        Instant firstReport = LocalDate.of(Y - 1, 5, 15).atTime(10, 0).atZone(CASABLANCA).toInstant();
        redate(p1, formulated, firstReport);
        BigDecimal p1InMay = weighted(new int[] {60, 40}, new int[] {40, 0});
        String q2 = page(reports + "quarterly?period=" + (Y - 1) + "-Q2&lang=fr", poc, null).body();
        assertThat(row(q2, "projects", "Accès à l&#39;information")).contains(valueNow(p1InMay)).contains("0 sur 2");
        assertThat(q2).as("formulated after the period").doesNotContain("Projet non publié").doesNotContain("خلق وحدة الأرشيف");
        assertThat(summaryProgress(q2)).isEqualTo(valueNow(p1InMay));
        assertThat(row(q2, "axes", "Axe A2")).contains("<td class=\"num\">0</td>");
        assertThat(section(q2, "summary")).contains("Projet de programme").as("not adopted yet").contains("pas encore adopté");
        String q1 = page(reports + "quarterly?period=" + (Y - 1) + "-Q1", null, null).body();
        assertThat(summaryProgress(q1)).isEqualTo(valueNow(BigDecimal.ZERO));
        assertThat(row(q1, "late", "احداث خلية التواصل")).contains("لم ينطلق بعد");
        String year = page(reports + "annual?period=" + (Y - 1) + "&lang=fr", null, null).body();
        long overdue = ChronoUnit.DAYS.between(LocalDate.of(Y - 1, 6, 30), LocalDate.of(Y - 1, 12, 31));
        assertThat(row(year, "late", "احداث خلية التواصل")).contains(valueNow(BigDecimal.valueOf(40)))
                .contains("Échéance dépassée de " + overdue + " jours");
        assertThat(summaryProgress(year)).isEqualTo(valueNow(p1InMay));

        // Mid-term once the midpoint of the plan's dates has come; refused before.
        LocalDate start = LocalDate.of(Y - 1, 1, 1);
        LocalDate midpoint = start.plusDays(ChronoUnit.DAYS.between(start, LocalDate.of(Y + 1, 12, 31)) / 2);
        assertThat(page(reports + "mid-term", null, null).status()).isEqualTo(midpoint.isAfter(TODAY) ? 400 : 200);

        // Refusals are problems in the reader's language, never a page.
        Map<String, String> refused = Map.of(
                "quarterly?period=" + (Y + 1) + "-Q4", "report.period.future",
                "annual?period=" + (Y + 2), "report.period.outside-plan",
                "quarterly?period=" + (Y - 2) + "-Q4", "report.period.outside-plan",
                "quarterly?period=" + Y + "-Q5", "report.period.malformed",
                "annual", "report.period.required",
                "annual?period=" + Y + "&lang=en", "report.lang.unsupported");
        refused.forEach((query, code) -> {
            Response problem = call("GET", reports + query, null, null);
            assertThat(problem.status()).as(query).isEqualTo(400);
            assertThat(problem.body()).containsEntry("code", "invalid-input");
            assertThat((List<Map<String, Object>>) problem.body().get("errors")).as(query).singleElement()
                    .satisfies(e -> assertThat(e).containsEntry("code", code).containsKey("messages")
                            .doesNotContainEntry("message", code));
        });
        assertThat(call("GET", reports + "weekly", null, null).body()).containsEntry("status", 404)
                .containsEntry("code", "report.kind.unknown");
        assertThat(call("GET", "/api/plans/" + Ids.newId() + "/reports/final", null, null).body())
                .containsEntry("code", "plan.not-found");
        assertThat((Map<String, Object>) call("GET", "/v3/api-docs", null, null).body().get("paths"))
                .containsKey("/api/plans/{id}/reports/{kind}");
    }

    /** Dates the project's formulation and its first progress report (40 %) as if they had been recorded earlier. */
    void redate(String projectId, Instant formulated, Instant firstReport) {
        var projects = database.getCollection(ProjectRepository.COLLECTION);
        List<Document> history = projects.find(eq("_id", projectId)).first().getList("history", Document.class);
        int first = -1;
        for (int i = 0; i < history.size(); i++) {
            if ("PROGRESS_RECORDED".equals(history.get(i).getString("action")) && first < 0) {
                first = i;
            }
        }
        assertThat(history.get(first).get("to")).isEqualTo("IN_PROGRESS 40%");
        projects.updateOne(eq("_id", projectId), Updates.combine(Updates.set("createdAt", Date.from(formulated)),
                Updates.set("history.0.at", Date.from(formulated)),
                Updates.set("history." + first + ".at", Date.from(firstReport))));
    }
}
