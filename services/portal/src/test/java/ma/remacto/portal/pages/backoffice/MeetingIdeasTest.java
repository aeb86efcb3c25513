package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A meeting's ideas read with the workshop table's parser; what a meeting needs on top, and what it sends. */
class MeetingIdeasTest {

    @Test
    void everyRowNeedsAnAxisAndIsSentWithoutNumberOrState() {
        WorkshopTable noDefault = WorkshopTable.parse("12\t\tالتواصل\tضعف آليات التواصل\tصفحة رسمية\t\n"
                + "13\tA2\t\tعدم إتاحة المعلومات\tلقاء تواصلي\tتغيير", null);
        assertThat(MeetingPage.problems(noDefault)).containsExactly(new WorkshopTable.Problem(1, "bo.meetings.ideas.axis"));
        WorkshopTable withDefault = WorkshopTable.parse("12\t\tالتواصل\tضعف آليات التواصل\tصفحة رسمية\t", "A1");
        assertThat(MeetingPage.problems(withDefault)).isEmpty();
        List<Map<String, Object>> rows = MeetingPage.rows(withDefault);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsOnlyKeys("axisCode", "category",
                "problem", "proposedSolution", "note").containsEntry("axisCode", "A1").containsEntry("note", null));
    }

    @Test
    void listsTypedOnePerLineAndRefusalsOfTheirItemsLandOnTheWholeField() {
        assertThat(Lines.of(" a \n\n b\r\nc ")).containsExactly("a", "b", "c");
        assertThat(Lines.of(null)).isEmpty();
        assertThat(Lines.join(List.of("a", "b"))).isEqualTo("a\nb");
        assertThat(Lines.join(null)).isEmpty();
        assertThat(FieldErrors.collapse(Map.of("agenda[3]", "trop long", "title.ar", "obligatoire")))
                .containsEntry("agenda", "trop long").containsEntry("title.ar", "obligatoire");
        assertThat(FieldErrors.collapse(new java.util.LinkedHashMap<>(Map.of("items[0].title.ar", "obligatoire"))))
                .containsOnlyKeys("items");
    }
}
