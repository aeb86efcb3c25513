package ma.remacto.projects.domain;

import static ma.remacto.projects.domain.ActivityStatus.DONE;
import static ma.remacto.projects.domain.ActivityStatus.IN_PROGRESS;
import static ma.remacto.projects.domain.ActivityStatus.PLANNED;
import static ma.remacto.projects.domain.Fixtures.activity;
import static ma.remacto.projects.domain.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The content of an evaluation report: a plan's projects as they stood at the end of the period, rolled up. */
class EvaluationReportTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate END = LocalDate.of(2025, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final ReportPeriod Q4 = ReportPeriod.resolve(ReportKind.QUARTERLY, "2024-Q4", START, END, null, TODAY);
    static final Instant CUTOFF = Q4.asOf().plusDays(1).atStartOfDay(CASABLANCA).toInstant();

    static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(CASABLANCA).toInstant();
    }

    static final List<PlanAxis> AXES = List.of(new PlanAxis("axis-2", "A2", new LocalizedText("الولوج", "Accès")),
            new PlanAxis("axis-1", "A1", new LocalizedText("التواصل", "Communication")),
            new PlanAxis("axis-3", "A3", new LocalizedText("الرقمنة", "Numérique")));

    static final Indicator MEETINGS = new Indicator("i-1", IndicatorKind.OUTPUT, "عدد اللقاءات", "لقاء",
            BigDecimal.ZERO, new BigDecimal("12"), false, List.of(
                    new Measurement(LocalDate.of(2024, 10, 15), new BigDecimal("4"), null, at("2024-10-15")),
                    new Measurement(LocalDate.of(2025, 1, 10), new BigDecimal("9"), null, at("2025-01-10"))));

    // P1 (A1): a1 60 % done by Q4, a2 40 % overdue at 40 % (ended 30 November).
    static final OpennessProject P1 = Fixtures.project("p1", 1, Fixtures.card("axis-1", "A1",
            new LocalizedText("التواصل", "Communication"), "25000.50", List.of(MEETINGS)), at("2024-01-10"), List.of(
                    activity("a1", "خلية التواصل", START, LocalDate.of(2024, 9, 30), 60, DONE, 100),
                    activity("a2", "نشرات", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 11, 30), 40, DONE, 100)));
    // P2 (A1): formulated under an amendment in 2025, after the period.
    static final OpennessProject P2 = Fixtures.project("p2", 2, Fixtures.card("axis-1", "A1",
            new LocalizedText("الأرشيف", null), "1000", List.of()), at("2025-02-01"),
            List.of(activity("b1", "أرشيف", LocalDate.of(2025, 3, 1), END, 100, IN_PROGRESS, 30)));
    // P3 (A2): withdrawn in 2025, so still in the plan at the end of 2024; its activity had not started.
    static final OpennessProject P3 = Fixtures.project("p3", 3, Fixtures.card("axis-2", "A2",
            new LocalizedText("البوابة", "Portail"), null, List.of()), at("2024-01-10"),
            List.of(activity("c1", "البوابة", LocalDate.of(2024, 12, 1), END, 100, PLANNED, 0)));
    // P4 (A2): withdrawn during 2024.
    static final OpennessProject P4 = Fixtures.project("p4", 4, Fixtures.card("axis-2", "A2",
            new LocalizedText("مشروع مسحوب", null), "500", List.of()), at("2024-01-10"),
            List.of(activity("d1", "نشاط", START, END, 100, PLANNED, 0)));

    static final Map<String, ProjectTimeline> TIMELINES = Map.of(
            "p1", new ProjectTimeline(List.of(record("a1", at("2024-09-20"), PLANNED, 0, DONE, 100),
                    record("a2", at("2024-11-02"), PLANNED, 0, IN_PROGRESS, 40),
                    record("a2", at("2025-01-15"), IN_PROGRESS, 40, DONE, 100)), null),
            "p3", new ProjectTimeline(List.of(), at("2025-03-01")),
            "p4", new ProjectTimeline(List.of(), at("2024-07-01")));

    static final PlanTimeline STATUSES = new PlanTimeline(List.of(
            new PlanTimeline.StatusChange(at("2024-02-01"), PlanStatus.IN_CONSULTATION),
            new PlanTimeline.StatusChange(at("2024-03-01"), PlanStatus.ADOPTED),
            new PlanTimeline.StatusChange(at("2025-02-01"), PlanStatus.IN_EXECUTION)));

    static final ActionPlan PLAN = Fixtures.plan(START, END, PlanStatus.IN_EXECUTION,
            new CouncilAdoption(new LocalizedText("دورة فبراير", "Session de février"), LocalDate.of(2024, 2, 28)),
            List.of(new Amendment(1, "تحيين الميزانية", at("2024-06-01"), at("2024-06-10")),
                    new Amendment(2, "إضافة مشروع الأرشيف", at("2024-12-20"), at("2025-02-02")),
                    new Amendment(3, "تعديل الجدولة", at("2025-03-01"), null)));

    static EvaluationReport q4() {
        return EvaluationReport.of(PLAN, new LocalizedText("جماعة بني أنصار", "Commune de Beni Ansar"), Q4, CUTOFF, TODAY,
                STATUSES, List.of(P1, P2, P3, P4), TIMELINES, AXES);
    }

    static BigDecimal mean(BigDecimal... values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum.divide(BigDecimal.valueOf(values.length), 2, RoundingMode.HALF_UP);
    }

    @Test
    void projectsAreTheOnesInThePlanAtTheEndOfThePeriodWithTheirProgressThen() {
        EvaluationReport report = q4();
        BigDecimal p1 = BigDecimal.valueOf(60 * 100 + 40 * 40).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal p3 = BigDecimal.ZERO;
        assertThat(report.projects()).extracting(l -> l.progress().id()).containsExactly("p1", "p3");
        assertThat(report.projects().get(0).progress().progress()).isEqualByComparingTo(p1);
        assertThat(report.projects().get(0).activitiesDone()).isEqualTo(1);
        assertThat(report.projects().get(0).progress().activities()).isEqualTo(2);
        assertThat(report.progress().progress()).isEqualByComparingTo(mean(p1, p3));
        assertThat(report.progress().day()).isEqualTo(Q4.asOf());
        assertThat(report.totalBudget()).isEqualByComparingTo("25000.50");
    }

    @Test
    void axesAreInCodeOrderWithTheMeanOfTheirProjects() {
        EvaluationReport report = q4();
        assertThat(report.progress().axes()).extracting(ProgressRollUp.AxisProgress::code).containsExactly("A1", "A2", "A3");
        assertThat(report.progress().axes()).extracting(ProgressRollUp.AxisProgress::projects).containsExactly(1, 1, 0);
        assertThat(report.progress().axes().get(0).progress())
                .isEqualByComparingTo(report.projects().get(0).progress().progress());
        assertThat(report.progress().axes().get(2).progress()).isEqualByComparingTo("0");
    }

    @Test
    void lateActivitiesAreThoseLateOnTheReportedDayWithTheirDays() {
        EvaluationReport report = q4();
        assertThat(report.lateActivities()).extracting(l -> l.activity().activityId()).containsExactly("a2", "c1");
        EvaluationReport.LateLine overdue = report.lateActivities().get(0);
        assertThat(overdue.activity().lateness()).isEqualTo(Lateness.OVERDUE);
        assertThat(overdue.activity().progress()).isEqualTo(40);
        assertThat(overdue.daysLate()).isEqualTo(31);
        EvaluationReport.LateLine notStarted = report.lateActivities().get(1);
        assertThat(notStarted.activity().lateness()).isEqualTo(Lateness.NOT_STARTED);
        assertThat(notStarted.daysLate()).isEqualTo(30);
    }

    @Test
    void indicatorsShowTheirLatestMeasurementByTheEndOfThePeriod() {
        assertThat(q4().indicators()).singleElement().satisfies(line -> {
            assertThat(line.indicator().id()).isEqualTo("i-1");
            assertThat(line.latest().value()).isEqualByComparingTo("4");
        });
        EvaluationReport q3 = EvaluationReport.of(PLAN, new LocalizedText("ب", "B"),
                ReportPeriod.resolve(ReportKind.QUARTERLY, "2024-Q3", START, END, null, TODAY),
                LocalDate.of(2024, 10, 1).atStartOfDay(CASABLANCA).toInstant(), TODAY, STATUSES, List.of(P1), TIMELINES, AXES);
        assertThat(q3.indicators()).singleElement().satisfies(line -> assertThat(line.latest()).isNull());
    }

    @Test
    void amendmentsAndStatusAreThoseRecordedByTheEndOfThePeriod() {
        EvaluationReport report = q4();
        assertThat(report.amendments()).extracting(Amendment::number).containsExactly(1, 2);
        assertThat(report.amendments().get(0).closedAt()).isEqualTo(at("2024-06-10"));
        assertThat(report.amendments().get(1).isOpen()).as("closed only after the period").isTrue();
        assertThat(report.statusAtEnd()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(STATUSES.statusBefore(at("2024-01-15"))).isEqualTo(PlanStatus.DRAFT);
        assertThat(STATUSES.closedAt()).isEmpty();
    }
}
