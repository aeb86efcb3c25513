package ma.remacto.projects.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an action plan: draft → in public consultation → adopted by the council → in execution →
 * closed and evaluated. A consultation may send the draft back for rework before adoption.
 */
public enum PlanStatus {
    DRAFT,
    IN_CONSULTATION,
    ADOPTED,
    IN_EXECUTION,
    CLOSED;

    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_CONSULTATION);
            case IN_CONSULTATION -> EnumSet.of(DRAFT, ADOPTED);
            case ADOPTED -> EnumSet.of(IN_EXECUTION);
            case IN_EXECUTION -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    /** Before adoption the draft is the committee's to change; afterwards only through an amendment. */
    public boolean isDraft() {
        return this == DRAFT || this == IN_CONSULTATION;
    }

    /** Progress is recorded once the council has adopted the plan, until it is closed. */
    public boolean isExecutable() {
        return this == ADOPTED || this == IN_EXECUTION;
    }

    /** A plan nobody outside the member's staff has seen yet. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
