package ma.remacto.ideation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an idea: received → in processing → with the committee → retained | not retained,
 * or merged into another idea on the way; a submitter may withdraw an idea nobody has looked at yet.
 */
public enum IdeaState {
    RECEIVED,
    IN_PROCESSING,
    WITH_COMMITTEE,
    RETAINED,
    MERGED,
    NOT_RETAINED,
    WITHDRAWN;

    public Set<IdeaState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(IN_PROCESSING, MERGED, NOT_RETAINED, WITHDRAWN);
            case IN_PROCESSING -> EnumSet.of(WITH_COMMITTEE, MERGED, NOT_RETAINED);
            case WITH_COMMITTEE -> EnumSet.of(RETAINED, NOT_RETAINED, MERGED, IN_PROCESSING);
            case RETAINED, MERGED, NOT_RETAINED, WITHDRAWN -> EnumSet.noneOf(IdeaState.class);
        };
    }

    public boolean canMoveTo(IdeaState target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether people may still support an idea in this state: not once it is merged, not retained or withdrawn. */
    public boolean takesSupports() {
        return this != MERGED && this != NOT_RETAINED && this != WITHDRAWN;
    }
}
