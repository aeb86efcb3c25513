package ma.remacto.ideation.application;

import java.time.Clock;

import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.domain.Outcomes;
import ma.remacto.ideation.events.IdeationEvents;
import ma.remacto.ideation.persistence.IdeaRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.CurrentActor;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/** The submitter takes back an idea nobody has started processing yet. */
@Service
public class WithdrawIdea {

    private final IdeaRepository ideas;
    private final EventEnvelopes envelopes;
    private final CurrentActor currentActor;
    private final Clock clock;

    public WithdrawIdea(IdeaRepository ideas, EventEnvelopes envelopes, CurrentActor currentActor, Clock clock) {
        this.ideas = ideas;
        this.envelopes = envelopes;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public Idea handle(String id) {
        Actor actor = currentActor.require();
        Idea idea = ideas.find(id).orElseThrow(() -> ProblemException.notFound("idea.not-found", id));
        if (idea.submitterSubject() == null || !idea.submitterSubject().equals(actor.subject())) {
            throw ProblemException.forbidden("idea.not-yours");
        }
        if (!idea.state().canMoveTo(IdeaState.WITHDRAWN)) {
            throw IdeaRefusals.transitionNotAllowed(idea.state(), IdeaState.WITHDRAWN);
        }
        Idea withdrawn = idea.moveTo(IdeaState.WITHDRAWN, Outcomes.of(IdeaState.WITHDRAWN, null, null), null,
                clock.instant());
        ideas.update(withdrawn, IdeaChanges.state(withdrawn), History.entry(withdrawn.updatedAt(), actor, "WITHDRAWN",
                idea.state().name(), IdeaState.WITHDRAWN.name(), null, null),
                envelopes.stage(IdeationEvents.stateChanged(withdrawn, idea.state(), null), actor));
        return withdrawn;
    }
}
