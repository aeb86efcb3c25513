package ma.remacto.ideation.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.ideation.domain.Axis;
import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.events.IdeationEvents;
import ma.remacto.ideation.persistence.IdeaRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.ChangedFields;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.CurrentActor;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The submitter corrects an idea until processing starts; the member's staff may correct it (a typo,
 * the right axis) until a decision is taken.
 */
@Service
public class EditIdea {

    private final IdeaRepository ideas;
    private final IdeaIntake intake;
    private final EventEnvelopes envelopes;
    private final CurrentActor currentActor;
    private final Clock clock;

    public EditIdea(IdeaRepository ideas, IdeaIntake intake, EventEnvelopes envelopes, CurrentActor currentActor,
            Clock clock) {
        this.ideas = ideas;
        this.intake = intake;
        this.envelopes = envelopes;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public Idea handle(String id, IdeaDraft draft, Long expectedVersion) {
        Actor actor = currentActor.require();
        Idea idea = ideas.find(id).orElseThrow(() -> ProblemException.notFound("idea.not-found", id));
        boolean submitter = idea.submitterSubject() != null && idea.submitterSubject().equals(actor.subject());
        boolean staff = actor.actsFor(idea.memberSlug());
        if (!submitter && !staff) {
            throw ProblemException.forbidden("forbidden-member", idea.memberSlug());
        }
        if (staff ? idea.state().isFinal() : idea.state() != IdeaState.RECEIVED) {
            throw ProblemException.conflict("idea.not-editable", IdeaRefusals.state(idea.state()))
                    .with("ideaState", idea.state().name());
        }
        if (expectedVersion != null && expectedVersion != idea.version()) {
            throw ProblemException.conflict("concurrent-change");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Axis axis = intake.axisOf(idea.memberSlug(), draft, draft.axisId() != null ? "axisId" : "axisCode", problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        Idea edited = idea.edit(axis.id(), axis.code(), draft.category(), draft.problem(), draft.proposedSolution(),
                draft.note(), Languages.detect(draft.problem(), draft.proposedSolution(), draft.note()), clock.instant());
        List<String> changed = changedFields(idea, edited);
        if (changed.isEmpty()) {
            return idea;
        }
        ideas.update(edited, IdeaChanges.content(edited),
                History.entry(edited.updatedAt(), actor, "EDITED", null, null, changed, null),
                envelopes.stage(IdeationEvents.edited(edited, changed), actor));
        return edited;
    }

    private static List<String> changedFields(Idea before, Idea after) {
        return new ChangedFields()
                .compare("axis", before.axisId(), after.axisId())
                .compare("category", before.category(), after.category())
                .compare("problem", before.problem(), after.problem())
                .compare("proposedSolution", before.proposedSolution(), after.proposedSolution())
                .compare("note", before.note(), after.note())
                .names();
    }
}
