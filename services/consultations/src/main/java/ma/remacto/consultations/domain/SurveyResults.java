package ma.remacto.consultations.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Results of a survey per question: answers; for SCALE the mean (two decimals, exact decimal arithmetic); for
 * CHOICE the count per choice index; for TEXT the texts (the use case shows them to staff only).
 */
public final class SurveyResults {

    private SurveyResults() {
    }

    public record QuestionResult(String questionId, QuestionKind kind, long answers, BigDecimal mean,
            Map<Integer, Long> choiceCounts, List<String> texts) {
    }

    /** @param responses each response maps question id to its answer: Integer for SCALE and CHOICE, String for TEXT */
    public static List<QuestionResult> of(Survey survey, List<Map<String, Object>> responses) {
        List<QuestionResult> results = new ArrayList<>();
        for (SurveyQuestion q : survey.questions()) {
            long answers = 0;
            long sum = 0;
            Map<Integer, Long> choices = new TreeMap<>();
            List<String> texts = new ArrayList<>();
            for (Map<String, Object> response : responses) {
                Object value = response.get(q.id());
                if (value == null) {
                    continue;
                }
                answers++;
                switch (q.kind()) {
                    case SCALE -> sum += ((Number) value).longValue();
                    case CHOICE -> choices.merge(((Number) value).intValue(), 1L, Long::sum);
                    case TEXT -> texts.add(value.toString());
                }
            }
            if (q.kind() == QuestionKind.CHOICE) {
                for (int i = 0; i < q.choices().size(); i++) {
                    choices.putIfAbsent(i, 0L);
                }
            }
            BigDecimal mean = q.kind() == QuestionKind.SCALE && answers > 0
                    ? BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP) : null;
            results.add(new QuestionResult(q.id(), q.kind(), answers, mean,
                    q.kind() == QuestionKind.CHOICE ? choices : Map.of(), q.kind() == QuestionKind.TEXT ? texts : List.of()));
        }
        return results;
    }
}
