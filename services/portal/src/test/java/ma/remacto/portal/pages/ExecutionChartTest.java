package ma.remacto.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExecutionChartTest {

    static Map<String, Object> activity(String start, String end, double weight, String status) {
        return Map.of("start", start, "end", end, "weight", weight, "status", status);
    }

    @Test
    void thePlannedCurveSpreadsEachActivitysWeightOverItsDates() {
        // Two activities of 10 days each, back to back: 60 % then 40 %.
        ExecutionChart chart = ExecutionChart.of(List.of(activity("2025-01-01", "2025-01-10", 60, "DONE"),
                activity("2025-01-11", "2025-01-20", 40, "PLANNED")), List.of(), LocalDate.parse("2025-01-15"));
        assertThat(chart.start()).isEqualTo("2025-01-01");
        assertThat(chart.end()).isEqualTo("2025-01-20");
        // x: day / 20 days * 600; y: 200 - percent * 2
        assertThat(chart.planned()).isEqualTo("0.0,200.0 300.0,80.0 600.0,0.0");
        assertThat(chart.todayX()).isEqualTo(420.0);
        assertThat(chart.actual()).isEmpty();
    }

    @Test
    void reportedProgressIsAStepLineUpToToday() {
        ExecutionChart chart = ExecutionChart.of(List.of(activity("2025-01-01", "2025-01-20", 100, "IN_PROGRESS")),
                List.of(Map.of("at", "2024-12-20T10:00:00Z", "progress", 0),
                        Map.of("at", "2025-01-06T10:00:00Z", "progress", 25.5)),
                LocalDate.parse("2025-01-11"));
        // formulated before the schedule starts: drawn at its start
        assertThat(chart.actual()).isEqualTo("0.0,200.0 150.0,200.0 150.0,149.0 300.0,149.0");
    }

    @Test
    void cancelledActivitiesLeaveThePlanAndAScheduleWithoutDatesHasNoChart() {
        ExecutionChart chart = ExecutionChart.of(List.of(activity("2025-01-01", "2025-01-10", 50, "CANCELLED"),
                activity("2025-01-01", "2025-01-10", 50, "PLANNED")), List.of(), LocalDate.parse("2030-01-01"));
        assertThat(chart.planned()).isEqualTo("0.0,200.0 600.0,0.0");
        assertThat(chart.todayX()).as("today after the schedule").isEqualTo(-1);
        assertThat(ExecutionChart.of(List.of(activity("2025-01-01", "2025-01-10", 100, "CANCELLED")), List.of(),
                LocalDate.parse("2025-01-01"))).isNull();
    }
}
