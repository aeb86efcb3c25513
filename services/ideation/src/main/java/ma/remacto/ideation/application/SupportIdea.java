package ma.remacto.ideation.application;

import java.time.Clock;

import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.events.IdeationEvents;
import ma.remacto.ideation.persistence.IdeaRepository;
import ma.remacto.ideation.persistence.SupportRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.ConcurrentChangeException;
import ma.remacto.platform.problems.ProblemArgument;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.security.Role;

import org.springframework.stereotype.Service;

/**
 * A signed-in citizen or association supports an idea, once. The support itself is the unique
 * record; the idea's count is then recounted from the records and raised (never lowered) with a
 * versioned write, retried when another support won the race, so the count ends exact.
 */
@Service
public class SupportIdea {

    private final IdeaRepository ideas;
    private final SupportRepository supports;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public SupportIdea(IdeaRepository ideas, SupportRepository supports, EventEnvelopes envelopes, AccessPolicy access,
            Clock clock) {
        this.ideas = ideas;
        this.supports = supports;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public Idea handle(String id) {
        Actor actor = access.requireAnyRole(Role.CITIZEN, Role.ASSOCIATION);
        Idea idea = ideas.find(id).orElseThrow(() -> ProblemException.notFound("idea.not-found", id));
        if (!idea.state().takesSupports()) {
            throw ProblemException.conflict("idea.support.closed",
                    ProblemArgument.word("idea.support.closed." + idea.state().name()))
                    .with("ideaState", idea.state().name());
        }
        if (!supports.add(id, actor.subject(), clock.instant())) {
            throw ProblemException.conflict("idea.support.already");
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            long count = supports.count(id);
            if (count <= idea.supportCount()) {
                return idea; // a concurrent support already counted this one
            }
            Idea counted = idea.withSupportCount(count, clock.instant());
            try {
                ideas.update(counted, IdeaChanges.supports(counted), null,
                        envelopes.stage(IdeationEvents.supported(counted), actor));
                return counted;
            } catch (ConcurrentChangeException raced) {
                idea = ideas.find(id).orElseThrow();
            }
        }
        throw new ConcurrentChangeException("ideas", id, idea.version());
    }
}
