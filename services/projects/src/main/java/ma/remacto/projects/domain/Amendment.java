package ma.remacto.projects.domain;

import java.time.Instant;

/** A recorded amendment of an adopted plan; while it is open, the plan's projects may change. */
public record Amendment(int number, String reason, Instant openedAt, Instant closedAt) {

    public boolean isOpen() {
        return closedAt == null;
    }

    public Amendment close(Instant at) {
        return new Amendment(number, reason, openedAt, at);
    }
}
