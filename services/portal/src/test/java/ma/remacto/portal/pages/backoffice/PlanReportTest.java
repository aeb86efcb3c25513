package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlanReportTest {

    @Test
    void onlyTheQuarterlyAndAnnualReportsNameTheirPeriod() {
        assertThat(PlanReport.query("quarterly", " 2025-Q3 ", "fr")).isEqualTo(Map.of("period", "2025-Q3", "lang", "fr"));
        assertThat(PlanReport.query("annual", "2025", "ar")).isEqualTo(Map.of("period", "2025", "lang", "ar"));
        // A period left in the form while choosing the final report is not sent: the service would not read it.
        assertThat(PlanReport.query("final", "2025", "ar")).isEqualTo(Map.of("lang", "ar"));
        assertThat(PlanReport.query("mid-term", "", "fr")).isEqualTo(Map.of("lang", "fr"));
    }

    @Test
    void theFourEvaluationsOfTheSeedsAreOffered() {
        assertThat(PlanReport.KINDS).containsExactly("quarterly", "annual", "mid-term", "final");
    }
}
