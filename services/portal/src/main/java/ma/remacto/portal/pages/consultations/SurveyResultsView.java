package ma.remacto.portal.pages.consultations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A survey's results as the pages draw them, question by question in the survey's order: how many answered; for a
 * SCALE question the mean (1–5) as a bar; for a CHOICE question each choice's count and share of the answers as
 * bars; for a TEXT question the answers themselves, which the consultations service gives the member's staff only
 * (the public page never shows them). Counts come from {@code GET /api/surveys/{id}/results}.
 */
public final class SurveyResultsView {

    /** The largest answer of a SCALE question: a mean's bar is drawn against it. */
    public static final int SCALE_MAX = 5;

    private SurveyResultsView() {
    }

    public record Choice(Object label, long count, BigDecimal share) {
    }

    public record Question(String id, Object text, String kind, long answers, BigDecimal mean, List<Choice> choices,
            List<String> texts) {

        /** A bar's maximum is never 0: an empty bar, not an undefined one. */
        public long max() {
            return Math.max(1, answers);
        }
    }

    /** {@code survey}: the survey ({@code questions: [{id, text, kind, choices}]}); {@code results}: its results. */
    @SuppressWarnings("unchecked")
    public static List<Question> of(Map<String, Object> survey, Map<String, Object> results) {
        List<Question> questions = new ArrayList<>();
        List<Object> figures = results.get("questions") instanceof List<?> l ? (List<Object>) l : List.of();
        for (Object entry : survey.get("questions") instanceof List<?> l ? l : List.of()) {
            Map<String, Object> question = (Map<String, Object>) entry;
            String id = String.valueOf(question.get("id"));
            Map<String, Object> figure = figures.stream().map(f -> (Map<String, Object>) f)
                    .filter(f -> id.equals(String.valueOf(f.get("questionId")))).findFirst().orElse(Map.of());
            long answers = count(figure.get("answers"));
            Map<String, Object> counts = figure.get("choiceCounts") instanceof Map<?, ?> m ? (Map<String, Object>) m
                    : Map.of();
            List<Choice> choices = new ArrayList<>();
            List<Object> labels = question.get("choices") instanceof List<?> c ? (List<Object>) c : List.of();
            for (int i = 0; i < labels.size(); i++) {
                long count = count(counts.get(String.valueOf(i)));
                choices.add(new Choice(labels.get(i), count, Positions.share(count, answers)));
            }
            List<String> texts = figure.get("texts") instanceof List<?> t ? t.stream().map(String::valueOf).toList()
                    : List.of();
            BigDecimal mean = figure.get("mean") == null ? null : new BigDecimal(figure.get("mean").toString());
            questions.add(new Question(id, question.get("text"), String.valueOf(question.get("kind")), answers, mean,
                    choices, texts));
        }
        return questions;
    }

    private static long count(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
