package ma.remacto.members.domain;

/** Public counts shown on the member's page; filled from other services' events. */
public record ProfileCounts(long ideas, long projects, long axes) {

    public static final ProfileCounts NONE = new ProfileCounts(0, 0, 0);
}
