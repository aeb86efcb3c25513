package ma.remacto.consultations.domain;

import java.util.List;

public record SurveyQuestion(String id, LocalizedText text, QuestionKind kind, List<LocalizedText> choices) {

    public SurveyQuestion {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
