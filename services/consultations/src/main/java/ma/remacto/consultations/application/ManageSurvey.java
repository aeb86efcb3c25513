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
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The member's staff create a satisfaction survey (DRAFT, no event: nothing public yet), publish it (OPEN) and
 * close it (CLOSED). Questions are fixed once published.
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
        Instant now = clock.instant();
        List<SurveyQuestion> numbered = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
            numbered.add(new SurveyQuestion("q" + (i + 1), q.text(), q.kind(), q.choices()));
        }
        Survey survey = new Survey(Ids.newId(), memberSlug, title, service, numbered, SurveyStatus.DRAFT, null, null, now,
                now, 1);
        surveys.insert(survey, member.regionSlug(), History.entry(now, actor, "CREATED", null, "DRAFT", null, null), null);
        return survey;
    }

    public Survey moveTo(String id, SurveyStatus target) {
        Survey survey = find(id);
        Actor actor = access.requireStaffOf(survey.memberSlug());
        boolean allowed = (survey.status() == SurveyStatus.DRAFT && target == SurveyStatus.OPEN)
                || (survey.status() == SurveyStatus.OPEN && target == SurveyStatus.CLOSED);
        if (!allowed) {
            throw ProblemException.conflict("survey.transition-not-allowed", survey.status().name(), target.name());
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
