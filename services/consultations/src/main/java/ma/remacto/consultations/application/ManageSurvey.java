package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.consultations.domain.LocalizedText;
import ma.remacto.consultations.domain.QuestionKind;
import ma.remacto.consultations.domain.Survey;
import ma.remacto.consultations.domain.SurveyQuestion;
import ma.remacto.consultations.domain.SurveyResults;
import ma.remacto.consultations.domain.SurveyStatus;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.SurveyRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.ChangedFields;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemArgument;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The member's staff create a satisfaction survey (DRAFT, no event: nothing public yet), correct it while it is a
 * draft, publish it (OPEN) and close it (CLOSED). Questions are fixed once published. Every change is in the
 * survey's history (who, when, from which status to which, the fields corrected).
 */
@Service
public class ManageSurvey {

    private final SurveyRepository surveys;
    private final Members members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public ManageSurvey(SurveyRepository surveys, Members members, EventEnvelopes envelopes, AccessPolicy access,
            Clock clock) {
        this.surveys = surveys;
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public Survey create(String memberSlug, LocalizedText title, LocalizedText service, List<SurveyQuestion> questions) {
        Actor actor = access.requireStaffOf(memberSlug);
        MemberDirectoryEntry member = members.requireActive(memberSlug);
        List<SurveyQuestion> numbered = numbered(questions);
        Instant now = clock.instant();
        Survey survey = new Survey(Ids.newId(), memberSlug, title, service, numbered, SurveyStatus.DRAFT, null, null, now,
                now, 1);
        surveys.insert(survey, member.regionSlug(), History.entry(now, actor, "CREATED", null, "DRAFT", null, null), null);
        return survey;
    }

    /**
     * Corrects a draft before it is opened (409 {@code survey.not-draft} once it is): title, service, questions.
     * Like creation it publishes no event, since a draft is not public; the survey's card goes out when it opens,
     * with the questions as corrected. A correction with no effect writes nothing.
     */
    public Survey edit(String id, LocalizedText title, LocalizedText service, List<SurveyQuestion> questions,
            Long expectedVersion) {
        Survey survey = find(id);
        Actor actor = access.requireStaffOf(survey.memberSlug());
        Versions.require(expectedVersion, survey.version());
        if (survey.status() != SurveyStatus.DRAFT) {
            throw ProblemException.conflict("survey.not-draft", ProblemArgument.word("survey.now." + survey.status().name()))
                    .with("surveyStatus", survey.status().name());
        }
        List<SurveyQuestion> numbered = numbered(questions);
        List<String> changed = new ChangedFields()
                .compare("title", survey.title(), title)
                .compare("service", survey.service(), service)
                .compare("questions", survey.questions(), numbered)
                .names();
        if (changed.isEmpty()) {
            return survey;
        }
        Instant now = clock.instant();
        Survey edited = survey.edit(title, service, numbered, now);
        surveys.update(edited, History.entry(now, actor, "EDITED", SurveyStatus.DRAFT.name(), SurveyStatus.DRAFT.name(),
                changed, null), null);
        return edited;
    }

    /** The questions checked (choices only for CHOICE, at least two) and numbered q1, q2… in their order. */
    static List<SurveyQuestion> numbered(List<SurveyQuestion> questions) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
            if (q.kind() == QuestionKind.CHOICE && q.choices().size() < 2) {
                problems.add(new FieldProblem("questions[" + i + "].choices", "survey.question.choices-required"));
            }
            if (q.kind() != QuestionKind.CHOICE && !q.choices().isEmpty()) {
                problems.add(new FieldProblem("questions[" + i + "].choices", "survey.question.choices-unexpected"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        List<SurveyQuestion> numbered = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
            numbered.add(new SurveyQuestion("q" + (i + 1), q.text(), q.kind(), q.choices()));
        }
        return numbered;
    }

    public Survey moveTo(String id, SurveyStatus target) {
        Survey survey = find(id);
        Actor actor = access.requireStaffOf(survey.memberSlug());
        boolean allowed = (survey.status() == SurveyStatus.DRAFT && target == SurveyStatus.OPEN)
                || (survey.status() == SurveyStatus.OPEN && target == SurveyStatus.CLOSED);
        if (!allowed) {
            throw ProblemException.conflict("survey.transition-not-allowed",
                    ProblemArgument.word("survey.now." + survey.status().name()),
                    ProblemArgument.word("survey.move." + target.name()))
                    .with("surveyStatus", survey.status().name()).with("to", target.name());
        }
        Instant now = clock.instant();
        Survey moved = survey.moveTo(target, now);
        List<java.util.Map<String, Object>> answers = surveys.answers(id);
        List<SurveyResults.QuestionResult> results = SurveyResults.of(moved, answers);
        surveys.update(moved, History.entry(now, actor, target == SurveyStatus.OPEN ? "PUBLISHED" : "CLOSED",
                survey.status().name(), target.name(), null, null),
                envelopes.stage(target == SurveyStatus.OPEN ? ConsultationsEvents.surveyPublished(moved, results, 0)
                        : ConsultationsEvents.surveyClosed(moved, results, answers.size()), actor));
        return moved;
    }

    Survey find(String id) {
        return surveys.find(id).orElseThrow(() -> ProblemException.notFound("survey.not-found", id));
    }
}
