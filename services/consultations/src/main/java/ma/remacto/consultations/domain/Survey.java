package ma.remacto.consultations.domain;

import java.time.Instant;
import java.util.List;

/** A short satisfaction survey (at most 20 questions) about one service of a member. */
public record Survey(String id, String memberSlug, LocalizedText title, LocalizedText service,
        List<SurveyQuestion> questions, SurveyStatus status, Instant opensAt, Instant closesAt, Instant createdAt,
        Instant updatedAt, long version) {

    public static final int MAX_QUESTIONS = 20;

    public Survey {
        questions = List.copyOf(questions);
    }

    /** The draft corrected: its title, the service surveyed and its questions. */
    public Survey edit(LocalizedText newTitle, LocalizedText newService, List<SurveyQuestion> newQuestions, Instant at) {
        return new Survey(id, memberSlug, newTitle, newService, newQuestions, status, opensAt, closesAt, createdAt, at,
                version + 1);
    }

    public Survey moveTo(SurveyStatus target, Instant at) {
        return new Survey(id, memberSlug, title, service, questions, target,
                target == SurveyStatus.OPEN ? at : opensAt, target == SurveyStatus.CLOSED ? at : closesAt, createdAt, at,
                version + 1);
    }
}
