package ma.remacto.ideation.application;

import java.time.Clock;
import java.util.List;

import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.domain.Outcomes;
import ma.remacto.ideation.events.IdeationEvents;
import ma.remacto.ideation.persistence.IdeaRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The member's staff move an idea along: start processing, refer it to the committee, retain it,
 * merge it into a similar idea, or not retain it with a public reason.
 */
@Service
public class ChangeIdeaState {

    private final IdeaRepository ideas;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public ChangeIdeaState(IdeaRepository ideas, EventEnvelopes envelopes, AccessPolicy access, Clock clock) {
        this.ideas = ideas;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public Idea handle(String id, IdeaState target, String reason, String mergeInto, Long expectedVersion) {
        Idea idea = ideas.find(id).orElseThrow(() -> ProblemException.notFound("idea.not-found", id));
        Actor actor = access.requireStaffOf(idea.memberSlug());
        if (expectedVersion != null && expectedVersion != idea.version()) {
            throw ProblemException.conflict("concurrent-change");
        }
        if (target == IdeaState.WITHDRAWN || target == IdeaState.RECEIVED) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("to", "idea.state.not-by-staff")));
        }
        if (!idea.state().canMoveTo(target)) {
            throw IdeaRefusals.transitionNotAllowed(idea.state(), target);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (target == IdeaState.NOT_RETAINED && why == null) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("reason", "idea.reason.required")));
        }
        Long mergedNumber = null;
        if (target == IdeaState.MERGED) {
            Idea into = mergeInto == null ? null : ideas.find(mergeInto).orElse(null);
            if (into == null || into.id().equals(idea.id()) || !into.memberSlug().equals(idea.memberSlug())) {
                throw ProblemException.invalidInput(List.of(new FieldProblem("mergeInto", "idea.merge.target")));
            }
            if (into.state() == IdeaState.MERGED || into.state() == IdeaState.WITHDRAWN
                    || into.state() == IdeaState.NOT_RETAINED) {
                throw ProblemException.invalidInput(List.of(new FieldProblem("mergeInto", "idea.merge.target-closed")));
            }
            mergedNumber = into.number();
        }
        Idea moved = idea.moveTo(target, Outcomes.of(target, why, mergedNumber),
                target == IdeaState.MERGED ? mergeInto : null, clock.instant());
        ideas.update(moved, IdeaChanges.state(moved),
                History.entry(moved.updatedAt(), actor, "STATE_CHANGED", idea.state().name(), target.name(), null, why),
                envelopes.stage(IdeationEvents.stateChanged(moved, idea.state(), why), actor));
        return moved;
    }
}
