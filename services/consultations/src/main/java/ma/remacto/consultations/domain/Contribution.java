package ma.remacto.consultations.domain;

import java.time.Instant;

/**
 * One person's contribution on one item of a consultation: a position and/or a comment (kept as typed, never
 * interpreted). The statistical profile of its author is not here: it is stored apart and only counted.
 */
public record Contribution(
        String id,
        String consultationId,
        String memberSlug,
        String itemId,
        Position position,
        String comment,
        boolean anonymous,
        String authorDisplayName,
        Moderation moderation,
        LocalizedText moderationReason,
        Instant submittedAt,
        Instant updatedAt,
        long version) {

    /** The name shown with a published contribution: none when its author chose to stay anonymous. */
    public String shownAuthor() {
        return anonymous ? null : authorDisplayName;
    }

    public Contribution moderate(Moderation decision, LocalizedText reason, Instant at) {
        return new Contribution(id, consultationId, memberSlug, itemId, position, comment, anonymous, authorDisplayName,
                decision, reason, submittedAt, at, version + 1);
    }
}
