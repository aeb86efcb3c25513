package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CalendarFormTest {

    @Test
    void onlyTheStagesWithSomethingTypedAreSentAndRefusalsComeBackToTheirInputs() {
        Map<String, String> posted = new HashMap<>();
        posted.put("INFORMATION_MEETING.plannedStart", "2023-01-12");
        posted.put("INFORMATION_MEETING.plannedEnd", "2023-01-12");
        posted.put("AXES_CHOICE.note", "ورشة تحديد المحاور ذات الأولوية");
        posted.put("ADOPTION.plannedStart", "2023-10-05");
        posted.put("ADOPTION.plannedEnd", "2023-10-01");
        posted.put("version", "2");
        CalendarForm form = CalendarForm.from(posted);
        assertThat(form.sent()).containsExactly("INFORMATION_MEETING", "AXES_CHOICE", "ADOPTION");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stages = (List<Map<String, Object>>) form.toRequest().get("stages");
        assertThat(stages).extracting(s -> s.get("stage")).containsExactly("INFORMATION_MEETING", "AXES_CHOICE",
                "ADOPTION");
        assertThat(stages.get(0)).containsEntry("plannedStart", "2023-01-12").containsEntry("actualStart", null)
                .containsEntry("note", null);
        assertThat(form.errors(Map.of("stages[2].plannedEnd", "La date de fin précède la date de début.",
                "stages[1].stage", "repeated", "stages[9].note", "far", "programme", "pattern")))
                .containsEntry("ADOPTION.plannedEnd", "La date de fin précède la date de début.")
                .containsEntry("AXES_CHOICE.plannedStart", "repeated")
                .containsEntry("stages[9].note", "far").containsEntry("programme", "pattern");
        assertThat(form.version()).isEqualTo("2");
    }

    @Test
    void aCalendarReadFromTheServiceFillsTheFormAndADateThatIsNotOneIsRefusedHere() {
        Map<String, Object> timeline = Map.of("calendar", Map.of("version", 3, "stages", List.of(
                Map.of("stage", "TRAINING", "plannedStart", "2023-01-18", "note", "ورشة تكوينية"))));
        CalendarForm form = CalendarForm.of(timeline);
        assertThat(form.value("TRAINING", "plannedStart")).isEqualTo("2023-01-18");
        assertThat(form.value("TRAINING", "actualEnd")).isEmpty();
        assertThat(form.value("ADOPTION", "note")).isEmpty();
        assertThat(form.version()).isEqualTo("3");
        assertThat(CalendarForm.of(null).version()).isEmpty();
        assertThat(CalendarForm.from(Map.of("TRAINING.actualEnd", "18 janvier")).problems())
                .containsOnlyKeys("TRAINING.actualEnd");
    }
}
