package ma.remacto.identity.domain;

/** Platform roles as they appear in the {@code roles} claim (without Spring's ROLE_ prefix). */
public enum Role {
    CITIZEN,
    ASSOCIATION,
    /** نقطة الارتكاز: a member's point of contact. */
    POINT_OF_CONTACT,
    /** A member of the preparation, monitoring and evaluation committee (لجنة الإعداد والتتبع والتقييم). */
    COMMITTEE_MEMBER,
    NETWORK_ADMIN
}
