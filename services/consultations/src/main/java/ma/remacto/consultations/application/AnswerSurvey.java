package ma.remacto.consultations.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.consultations.domain.Survey;
import ma.remacto.consultations.domain.SurveyQuestion;
import ma.remacto.consultations.domain.SurveyStatus;
import ma.remacto.consultations.persistence.SurveyRepository;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemArgument;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.security.CurrentActor;

import org.springframework.stereotype.Service;

/**
 * Anyone signed in answers an open survey once. The answer is stored without identity; only a keyed hash of
 * survey and subject is kept, in another collection, to refuse a second answer (409 {@code survey.already-answered}).
 * Every question is optional; a SCALE answer is 1 to 5, a CHOICE answer the index of a choice, a TEXT answer up
 * to 1000 characters.
 */
@Service
public class AnswerSurvey {

    public static final int TEXT_MAX = 1000;

    private final ManageSurvey manage;
    private final SurveyRepository surveys;
    private final ParticipantKeys keys;
    private final CurrentActor currentActor;

    public AnswerSurvey(ManageSurvey manage, SurveyRepository surveys, ParticipantKeys keys, CurrentActor currentActor) {
        this.manage = manage;
        this.surveys = surveys;
        this.keys = keys;
        this.currentActor = currentActor;
    }

    public void handle(String surveyId, Map<String, Object> answers) {
        Actor actor = currentActor.require();
        Survey survey = manage.find(surveyId);
        if (survey.status() != SurveyStatus.OPEN) {
            throw ProblemException.conflict("survey.not-open", ProblemArgument.word("survey.now." + survey.status().name()))
                    .with("surveyStatus", survey.status().name());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, Object> answer : answers.entrySet()) {
            String field = "answers." + answer.getKey();
            SurveyQuestion question = survey.questions().stream().filter(q -> q.id().equals(answer.getKey())).findFirst()
                    .orElse(null);
            Object value = answer.getValue();
            if (question == null) {
                problems.add(new FieldProblem(field, "survey.answer.unknown-question", answer.getKey()));
                continue;
            }
            switch (question.kind()) {
                case SCALE -> {
                    if (value instanceof Integer n && n >= 1 && n <= 5) {
                        values.put(question.id(), n);
                    } else {
                        problems.add(new FieldProblem(field, "survey.answer.scale"));
                    }
                }
                case CHOICE -> {
                    if (value instanceof Integer n && n >= 0 && n < question.choices().size()) {
                        values.put(question.id(), n);
                    } else {
                        problems.add(new FieldProblem(field, "survey.answer.choice", question.choices().size() - 1));
                    }
                }
                case TEXT -> {
                    if (value instanceof String text && !text.isBlank() && text.length() <= TEXT_MAX) {
                        values.put(question.id(), text.strip());
                    } else {
                        problems.add(new FieldProblem(field, "survey.answer.text", TEXT_MAX));
                    }
                }
            }
        }
        if (values.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("answers", "survey.answer.empty"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        if (!surveys.answer(keys.of("survey", surveyId, actor.subject()), surveyId, survey.memberSlug(), values)) {
            throw ProblemException.conflict("survey.already-answered");
        }
    }
}
