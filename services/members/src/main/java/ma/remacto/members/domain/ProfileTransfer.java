package ma.remacto.members.domain;

/**
 * Bringing a member's count in line with one copied fact: +1 when the fact started counting, -1 when it stopped.
 * The ticket names this one change (the fact at that version), so the member's count takes it once even when
 * the change is attempted again after a crash.
 */
public record ProfileTransfer(ProfileFact fact) {

    public int delta() {
        return fact.counted() ? 1 : -1;
    }

    public String ticket() {
        return fact.kind() + ":" + fact.id() + "@" + fact.version();
    }
}
