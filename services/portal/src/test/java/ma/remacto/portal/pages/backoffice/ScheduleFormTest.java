package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScheduleFormTest {

    @Test
    void existingActivitiesKeepTheirIdsEmptyRowsAreDroppedAndRefusedRowsPointBackAtTheForm() {
        ScheduleForm form = new ScheduleForm(List.of("a1", "", "", ""), List.of("Design", "", "Launch", ""),
                List.of("2026-01-01", "", "2026-07-01", ""), List.of("2026-06-30", "", "2026-12-31", ""),
                List.of("60", "", "40", ""));
        assertThat(form.activities()).containsExactly(
                Map.of("id", "a1", "title", "Design", "start", "2026-01-01", "end", "2026-06-30", "weight", "60"),
                Map.of("title", "Launch", "start", "2026-07-01", "end", "2026-12-31", "weight", "40"));
        // The service's activities[1] is the form's third row.
        assertThat(form.rowOf(1)).isEqualTo(2);
    }

    @Test
    void aStoredScheduleIsShownWithItsWeightsAsTypedAndBlankRowsForNewActivities() {
        ScheduleForm form = ScheduleForm.of(Map.of("activities", List.of(Map.of("id", "a1", "title", "Design",
                "start", "2026-01-01", "end", "2026-06-30", "weight", 60.0))));
        assertThat(form.activityWeight()).first().isEqualTo("60");
        assertThat(form.activityTitle()).hasSize(1 + ScheduleForm.BLANK_ROWS);
        assertThat(form.activities()).hasSize(1);
    }

    @Test
    void aNewProjectsScheduleIsTheSameRows() {
        org.springframework.util.LinkedMultiValueMap<String, String> posted = new org.springframework.util.LinkedMultiValueMap<>();
        posted.put("activityTitle", List.of("", "Design"));
        posted.put("activityStart", List.of("", "2026-01-01"));
        posted.put("activityEnd", List.of("", "2026-06-30"));
        posted.put("activityWeight", List.of("", "100"));
        ProjectForm form = ProjectForm.fromParameters(posted);
        assertThat(form.toFormulation(false)).containsEntry("published", false);
        assertThat(form.schedule().rowOf(0)).isEqualTo(1);
    }
}
