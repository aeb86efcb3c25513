package ma.remacto.portal.pages.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SurveyResultsViewTest {

    static final Map<String, Object> SURVEY = Map.of("questions", List.of(
            Map.of("id", "q1", "text", Map.of("ar", "الرضا"), "kind", "SCALE", "choices", List.of()),
            Map.of("id", "q2", "text", Map.of("ar", "الانتظار"), "kind", "CHOICE",
                    "choices", List.of(Map.of("ar", "قصيرة"), Map.of("ar", "متوسطة"), Map.of("ar", "طويلة"))),
            Map.of("id", "q3", "text", Map.of("ar", "ملاحظات"), "kind", "TEXT", "choices", List.of())));

    @Test
    void eachQuestionInTheSurveysOrderWithItsCountsSharesAndMean() {
        // JSON as the portal reads it: choice indexes are object keys, so strings.
        Map<String, Object> results = Map.of("responses", 3, "questions", List.of(
                Map.of("questionId", "q2", "kind", "CHOICE", "answers", 3, "choiceCounts", Map.of("0", 2, "2", 1)),
                Map.of("questionId", "q1", "kind", "SCALE", "answers", 2, "mean", 4.5),
                Map.of("questionId", "q3", "kind", "TEXT", "answers", 1, "texts", List.of("جيد"))));
        List<SurveyResultsView.Question> view = SurveyResultsView.of(SURVEY, results);
        assertThat(view).extracting(SurveyResultsView.Question::id).containsExactly("q1", "q2", "q3");
        assertThat(view.get(0).mean()).isEqualByComparingTo("4.5");
        assertThat(view.get(1).choices()).extracting(SurveyResultsView.Choice::count).containsExactly(2L, 0L, 1L);
        assertThat(view.get(1).choices()).extracting(SurveyResultsView.Choice::share)
                .containsExactly(new BigDecimal("66.7"), new BigDecimal("0.0"), new BigDecimal("33.3"));
        assertThat(view.get(2).texts()).containsExactly("جيد");
    }

    @Test
    void aSurveyNobodyAnsweredHasZerosAndNoMean() {
        List<SurveyResultsView.Question> view = SurveyResultsView.of(SURVEY, Map.of("responses", 0));
        assertThat(view).allSatisfy(q -> assertThat(q.answers()).isZero());
        assertThat(view.get(0).mean()).isNull();
        assertThat(view.get(1).max()).as("a bar's maximum is never 0").isEqualTo(1);
        assertThat(view.get(1).choices()).hasSize(3).allSatisfy(c -> assertThat(c.count()).isZero());
        assertThat(view.get(2).texts()).isEmpty();
    }
}
