package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A calendar's history entries as the page shows them: the stage and the date named, dates written out. */
class CalendarHistoryTest {

    private static final Map<String, String> WORDS = Map.of("bo.calendar.stage.ADOPTION", "Adoption du programme",
            "bo.calendar.plannedStart", "Début prévu", "bo.calendar.note", "Remarque");

    private static Map<String, Object> entry(String action, String field, Object from, Object to) {
        Map<String, Object> entry = new HashMap<>(Map.of("at", "2025-03-01T10:00:00Z", "actor", "poc-larache",
                "action", action));
        if (field != null) {
            entry.put("fields", List.of(field));
        }
        entry.put("from", from);
        entry.put("to", to);
        return entry;
    }

    @Test
    void aDateNamesItsStageAndReadsWrittenOutANoteStaysAsTyped() {
        List<Map<String, Object>> shown = CalendarHistory.readable(List.of(
                entry("UPDATED", "stages.ADOPTION.plannedStart", "2025-03-01", "2025-03-04"),
                entry("UPDATED", "stages.ADOPTION.note", null, "2025-03-04 en session"),
                entry("CREATED", null, null, null)), WORDS::get, date -> "le " + date);

        assertThat(shown.get(0)).containsEntry("fields", List.of("Adoption du programme – Début prévu"))
                .containsEntry("from", "le 2025-03-01").containsEntry("to", "le 2025-03-04")
                .containsEntry("actor", "poc-larache");
        assertThat(shown.get(1)).containsEntry("fields", List.of("Adoption du programme – Remarque"))
                .containsEntry("from", null).containsEntry("to", "2025-03-04 en session");
        assertThat(shown.get(2)).containsEntry("action", "CREATED").doesNotContainKey("fields");
    }
}
