package ma.remacto.members.domain;

public enum MemberStatus {
    ACTIVE,
    INACTIVE
}
