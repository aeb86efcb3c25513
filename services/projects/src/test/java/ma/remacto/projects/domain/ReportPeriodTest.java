package ma.remacto.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** How a report's period is read and checked against the plan's dates and today. */
class ReportPeriodTest {

    static final LocalDate PLAN_START = LocalDate.of(2024, 3, 15);
    static final LocalDate PLAN_END = LocalDate.of(2025, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2025, 5, 20);

    static ReportPeriod resolve(ReportKind kind, String period) {
        return ReportPeriod.resolve(kind, period, PLAN_START, PLAN_END, null, TODAY);
    }

    static void refused(ReportKind kind, String period, String code) {
        assertThatThrownBy(() -> resolve(kind, period)).as(period).isInstanceOfSatisfying(ReportPeriod.Refused.class,
                r -> assertThat(r.code()).isEqualTo(code));
    }

    @Test
    void aPastQuarterIsReportedAsOfItsLastDay() {
        ReportPeriod q3 = resolve(ReportKind.QUARTERLY, "2024-Q3");
        assertThat(q3.from()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q3.to()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(q3.asOf()).isEqualTo(q3.to());
        assertThat(q3.inProgress()).isFalse();
        assertThat(q3.label()).isEqualTo("2024-Q3");
        assertThat(resolve(ReportKind.QUARTERLY, " 2024-q4 ").to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void theRunningQuarterIsReportedAsOfToday() {
        ReportPeriod q2 = resolve(ReportKind.QUARTERLY, "2025-Q2");
        assertThat(q2.to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(q2.asOf()).isEqualTo(TODAY);
        assertThat(q2.inProgress()).isTrue();
    }

    @Test
    void aPeriodOverlappingThePlansStartCoversOnlyThePlansDays() {
        ReportPeriod first = resolve(ReportKind.ANNUAL, "2024");
        assertThat(first.from()).isEqualTo(PLAN_START);
        assertThat(first.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(resolve(ReportKind.QUARTERLY, "2024-Q1").from()).isEqualTo(PLAN_START);
    }

    @Test
    void malformedMissingOutsideAndFuturePeriodsAreRefused() {
        for (String bad : new String[] {"2024-Q5", "2024Q3", "24-Q1", "2024-Q", "Q3-2024", "2024-07", "abc", "2024"}) {
            refused(ReportKind.QUARTERLY, bad, "report.period.malformed");
        }
        for (String bad : new String[] {"24", "2024-Q1", "20245", "an 2024"}) {
            refused(ReportKind.ANNUAL, bad, "report.period.malformed");
        }
        refused(ReportKind.QUARTERLY, null, "report.period.required");
        refused(ReportKind.ANNUAL, " ", "report.period.required");
        refused(ReportKind.QUARTERLY, "2023-Q4", "report.period.outside-plan");
        refused(ReportKind.ANNUAL, "2026", "report.period.outside-plan");
        refused(ReportKind.QUARTERLY, "2025-Q3", "report.period.future");
    }

    @Test
    void midTermIsTheMidpointOfThePlansDatesOnceItHasCome() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(PLAN_START, PLAN_END);
        LocalDate midpoint = PLAN_START.plusDays(days / 2);
        ReportPeriod mid = ReportPeriod.resolve(ReportKind.MID_TERM, "ignored", PLAN_START, PLAN_END, null, midpoint);
        assertThat(mid.from()).isEqualTo(PLAN_START);
        assertThat(mid.to()).isEqualTo(midpoint);
        assertThat(mid.asOf()).isEqualTo(midpoint);
        assertThatThrownBy(() -> ReportPeriod.resolve(ReportKind.MID_TERM, null, PLAN_START, PLAN_END, null,
                midpoint.minusDays(1))).isInstanceOfSatisfying(ReportPeriod.Refused.class,
                        r -> assertThat(r.code()).isEqualTo("report.period.future"));
    }

    @Test
    void theFinalReportIsAsOfTheEndTodayIfEarlierOrTheClosing() {
        assertThat(resolve(ReportKind.FINAL, null).asOf()).isEqualTo(TODAY);
        assertThat(ReportPeriod.resolve(ReportKind.FINAL, null, PLAN_START, PLAN_END, null, LocalDate.of(2026, 2, 1))
                .asOf()).isEqualTo(PLAN_END);
        LocalDate closed = LocalDate.of(2026, 1, 20);
        ReportPeriod fin = ReportPeriod.resolve(ReportKind.FINAL, null, PLAN_START, PLAN_END, closed, LocalDate.of(2026, 3, 1));
        assertThat(fin.from()).isEqualTo(PLAN_START);
        assertThat(fin.to()).isEqualTo(PLAN_END);
        assertThat(fin.asOf()).isEqualTo(closed);
        assertThatThrownBy(() -> ReportPeriod.resolve(ReportKind.FINAL, null, PLAN_START, PLAN_END, null,
                PLAN_START.minusDays(1))).isInstanceOf(ReportPeriod.Refused.class);
    }

    @Test
    void kindsAreSpelledForUrls() {
        assertThat(ReportKind.fromSlug("mid-term")).contains(ReportKind.MID_TERM);
        assertThat(ReportKind.fromSlug("quarterly")).contains(ReportKind.QUARTERLY);
        assertThat(ReportKind.fromSlug("MID_TERM")).isEmpty();
    }
}
