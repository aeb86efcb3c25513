package ma.remacto.consultations.domain;

/** Where a contribution stands with the member's moderators: only PUBLISHED ones are shown publicly. */
public enum Moderation {
    PENDING,
    PUBLISHED,
    REJECTED
}
