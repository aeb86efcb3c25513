package ma.remacto.projects.api;

import static ma.remacto.projects.domain.ActivityStatus.IN_PROGRESS;
import static ma.remacto.projects.domain.ActivityStatus.PLANNED;
import static ma.remacto.projects.domain.Fixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import ma.remacto.platform.time.Today;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Amendment;
import ma.remacto.projects.domain.EvaluationReport;
import ma.remacto.projects.domain.Fixtures;
import ma.remacto.projects.domain.Indicator;
import ma.remacto.projects.domain.IndicatorKind;
import ma.remacto.projects.domain.LocalizedText;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.PlanAxis;
import ma.remacto.projects.domain.PlanStatus;
import ma.remacto.projects.domain.PlanTimeline;
import ma.remacto.projects.domain.ReportKind;
import ma.remacto.projects.domain.ReportPeriod;

import org.junit.jupiter.api.Test;

/** The printed page, in both languages, from a report built directly: structure, escaping, numbers, texts. */
class EvaluationReportPageTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate TODAY = LocalDate.of(2025, 2, 10);
    static final EvaluationReportPage PAGE = new EvaluationReportPage(new ReportTexts("classpath:reports/report"),
            new Today(Clock.fixed(TODAY.atStartOfDay(CASABLANCA).toInstant(), CASABLANCA), CASABLANCA));
    static final String SCRIPT = "<script>alert('x')</script>";
    static final Set<String> TAGS = Set.of("!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "p",
            "h1", "h2", "dl", "dt", "dd", "em", "section", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "span",
            "bdi", "footer");

    static EvaluationReport report() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        LocalDate end = LocalDate.of(2025, 12, 31);
        ActionPlan plan = Fixtures.plan(start, end, PlanStatus.IN_EXECUTION, null,
                List.of(new Amendment(1, "\"budget\" & <b>calendrier</b>", Instant.parse("2024-06-01T10:00:00Z"), null)));
        Indicator indicator = new Indicator("i", IndicatorKind.OUTPUT, "<i>لقاءات</i>", "\"لقاء\"", BigDecimal.ZERO,
                new BigDecimal("12"), false, List.of());
        OpennessProject project = Fixtures.project("p", 1, Fixtures.card("axis-1", "A1",
                new LocalizedText(SCRIPT + " التواصل", null), "25000.5", List.of(indicator)),
                Instant.parse("2024-01-10T10:00:00Z"), List.of(
                        activity("a", "<img src=x onerror=alert(1)>", start, LocalDate.of(2024, 6, 30), 75, IN_PROGRESS, 50),
                        activity("b", "نشاط", start, end, 25, PLANNED, 0)));
        ReportPeriod q4 = ReportPeriod.resolve(ReportKind.QUARTERLY, "2024-Q4", start, end, null, TODAY);
        return EvaluationReport.of(plan, new LocalizedText("جماعة <بني أنصار>", "Commune de Beni Ansar"), q4,
                LocalDate.of(2025, 1, 1).atStartOfDay(CASABLANCA).toInstant(), TODAY, new PlanTimeline(List.of()),
                List.of(project), Map.of(), List.of(new PlanAxis("axis-1", "A1", new LocalizedText("التواصل", "Communication"))));
    }

    @Test
    void arabicIsRightToLeftAndFrenchLeftToRightFromTheSameReport() {
        String ar = PAGE.render(report(), ReportTexts.ARABIC);
        String fr = PAGE.render(report(), ReportTexts.FRENCH);
        assertThat(ar).startsWith("<!DOCTYPE html>").contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("تقرير التقييم الدوري (الفصلي)").contains("2024-Q4").contains("01/10/2024").contains("31/12/2024")
                .contains("25.000,50 درهم").endsWith("</html>\n");
        assertThat(fr).contains("<html lang=\"fr\" dir=\"ltr\">").contains("Rapport d&#39;évaluation périodique")
                .contains("Commune de Beni Ansar").contains("25.000,50\u00a0DH");
        // The Arabic title stands in for a missing French one, marked as Arabic.
        assertThat(fr).contains("<bdi lang=\"ar\" dir=\"rtl\">&lt;script&gt;");
    }

    @Test
    void progressIsABarWithItsNumberAsText() {
        String fr = PAGE.render(report(), ReportTexts.FRENCH);
        // 75 % of the weight at 50 %, 25 % at 0: 37.5, for the project, its axis and the plan.
        BigDecimal expected = new BigDecimal(75 * 50 + 25 * 0).divide(new BigDecimal(100));
        String value = expected.stripTrailingZeros().toPlainString();
        assertThat(fr.split("aria-valuenow=\"" + value + "\"", -1)).hasSize(4);
        assertThat(fr).contains(">" + value.replace('.', ',') + "\u00a0%<").contains("role=\"progressbar\"");
        assertThat(PAGE.render(report(), ReportTexts.ARABIC)).contains(">" + value.replace('.', ',') + "%<");
    }

    @Test
    void everyUserTextIsEscapedAndThePageLoadsNothing() {
        for (Locale language : List.of(ReportTexts.ARABIC, ReportTexts.FRENCH)) {
            String html = PAGE.render(report(), language);
            assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img")
                    .doesNotContain("@import").doesNotContain("url(");
            // Only the page's own elements, none that loads anything.
            assertThat(Pattern.compile("<([!/]?[A-Za-z][A-Za-z0-9]*)").matcher(html).results().map(m -> m.group(1).replace("/", ""))
                    .distinct()).allMatch(TAGS::contains);
            assertThat(Pattern.compile("<[^>]*\\b(src|href|on[a-z]+)=").matcher(html).find()).isFalse();
            assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .contains("&lt;img src=x onerror=alert(1)&gt;").contains("&quot;budget&quot; &amp; &lt;b&gt;")
                    .contains("&lt;i&gt;لقاءات&lt;/i&gt;").contains("&quot;لقاء&quot;");
        }
    }

    @Test
    void lateActivitiesSayByHowManyDays() {
        // Activity "a" ended on 30 June 2024: overdue by 184 days on 31 December.
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        assertThat(PAGE.render(report(), ReportTexts.FRENCH)).contains("Échéance dépassée de " + days + " jours");
        assertThat(PAGE.render(report(), ReportTexts.ARABIC)).contains("تجاوز تاريخ الانتهاء بـ " + days + " يوما");
    }

    @Test
    void bothLanguagesHaveEveryText() throws IOException {
        Properties ar = load("reports/report_ar.properties");
        Properties fr = load("reports/report_fr.properties");
        assertThat(ar.stringPropertyNames()).isNotEmpty().isEqualTo(fr.stringPropertyNames());
        String html = PAGE.render(report(), ReportTexts.FRENCH);
        // A missing text would show its key (kind.…, summary.…): none does.
        for (String key : fr.stringPropertyNames()) {
            assertThat(html).doesNotContain(">" + key + "<");
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(EvaluationReportPageTest.class.getClassLoader()
                .getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
