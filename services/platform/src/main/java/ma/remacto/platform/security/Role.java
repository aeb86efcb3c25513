package ma.remacto.platform.security;

/** The roles a token can carry (claim {@code roles}); staff roles act for the members in claim {@code members}. */
public enum Role {
    CITIZEN,
    ASSOCIATION,
    POINT_OF_CONTACT,
    COMMITTEE_MEMBER,
    NETWORK_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this == POINT_OF_CONTACT || this == COMMITTEE_MEMBER;
    }
}
