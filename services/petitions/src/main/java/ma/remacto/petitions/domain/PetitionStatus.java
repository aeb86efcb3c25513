package ma.remacto.petitions.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a petition: drafted by its agent (or association) → collecting signatures (citizens only) → filed
 * with the council's president (immediate receipt) → admissible (bureau) → in the competent standing committee →
 * on the agenda of the next ordinary session → decided → the agent notified; or filed → inadmissible (reasoned)
 * → the agent notified.
 */
public enum PetitionStatus {
    DRAFT,
    COLLECTING_SIGNATURES,
    FILED,
    ADMISSIBLE,
    INADMISSIBLE,
    IN_COMMITTEE,
    ON_SESSION_AGENDA,
    DECIDED,
    AGENT_NOTIFIED;

    public Set<PetitionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(COLLECTING_SIGNATURES, FILED);
            case COLLECTING_SIGNATURES -> EnumSet.of(FILED);
            case FILED -> EnumSet.of(ADMISSIBLE, INADMISSIBLE);
            case ADMISSIBLE -> EnumSet.of(IN_COMMITTEE);
            case IN_COMMITTEE -> EnumSet.of(ON_SESSION_AGENDA);
            case ON_SESSION_AGENDA -> EnumSet.of(DECIDED);
            case DECIDED, INADMISSIBLE -> EnumSet.of(AGENT_NOTIFIED);
            case AGENT_NOTIFIED -> EnumSet.noneOf(PetitionStatus.class);
        };
    }

    public boolean canMoveTo(PetitionStatus target) {
        return next().contains(target);
    }

    /** The council's own steps, taken by the member's staff. */
    public boolean isCouncilStep() {
        return this.compareTo(FILED) > 0;
    }

    /** Only the petitioner sees a draft. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
