package ma.remacto.portal.pages.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The numbers written next to the bars: positions on an item, who came to a meeting. */
class CountsTest {

    @Test
    void positionsAreSharesOfThePositionsTaken() {
        Map<String, Object> positions = Positions.of(Map.of("contributions", 5, "agree", 3, "disagree", 1));
        assertThat(positions).containsEntry("agree", 3L).containsEntry("disagree", 1L).containsEntry("positions", 4L)
                .containsEntry("contributions", 5L).containsEntry("max", 4L)
                .containsEntry("agreeShare", new BigDecimal("75.0")).containsEntry("disagreeShare", new BigDecimal("25.0"));
    }

    @Test
    void anItemNobodyAnsweredHasEmptyBarsNotMissingOnes() {
        Map<String, Object> positions = Positions.of(null);
        assertThat(positions).containsEntry("agree", 0L).containsEntry("max", 1L)
                .containsEntry("agreeShare", BigDecimal.ZERO);
    }

    @Test
    void attendanceKeepsTheRecordedBreakdownsInTheReportsOrder() {
        var breakdowns = Attendance.of(Map.of("total", 30,
                "byGender", Map.of("MALE", 12, "FEMALE", 18),
                "byAgeGroup", Map.of(),
                "byParticipantType", Map.of("UNKNOWN", 10, "CITIZEN", 20)));
        assertThat(breakdowns).extracting(Attendance.Breakdown::title).containsExactly("meeting.by-gender", "meeting.by-type");
        assertThat(breakdowns.get(0).rows()).containsExactly(
                new Attendance.Row("gender.FEMALE", 18, new BigDecimal("60.0")),
                new Attendance.Row("gender.MALE", 12, new BigDecimal("40.0")));
        assertThat(breakdowns.get(1).rows()).extracting(Attendance.Row::label)
                .containsExactly("participant.CITIZEN", "meeting.unknown");
    }

    @Test
    void aMeetingWithATotalOnlyHasNoBreakdowns() {
        assertThat(Attendance.of(Map.of("total", 76, "byGender", Map.of()))).isEmpty();
        assertThat(Attendance.of(null)).isEmpty();
    }
}
