package ma.remacto.ideation.application;

import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.platform.problems.ProblemArgument;
import ma.remacto.platform.problems.ProblemException;

/** Refusals that name an idea's states: in words in each language, the states' names as extension members. */
final class IdeaRefusals {

    private IdeaRefusals() {
    }

    static ProblemArgument state(IdeaState state) {
        return ProblemArgument.word("idea.state." + state.name());
    }

    static ProblemException transitionNotAllowed(IdeaState from, IdeaState to) {
        return ProblemException.conflict("idea.transition-not-allowed", state(from), state(to))
                .with("ideaState", from.name()).with("targetState", to.name());
    }
}
