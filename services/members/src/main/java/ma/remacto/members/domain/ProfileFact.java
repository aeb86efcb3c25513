package ma.remacto.members.domain;

/**
 * One idea, openness project or programme axis of another service, as far as the public profile of its member
 * is concerned: whose it is, whether it counts now, and the version of the card that said so. Built from the
 * owning service's events; the rules of what counts are here, so they are read in one place.
 *
 * @param programme the programme period ({@code 2024-2025}) of an axis; null for ideas and projects
 */
public record ProfileFact(Kind kind, String id, String memberSlug, long version, boolean counted, String programme) {

    /** What is counted; each kind is a count of {@link ProfileCounts}. */
    public enum Kind {
        IDEA,
        PROJECT,
        AXIS
    }

    /**
     * Every idea put forward to the member counts, whatever became of it (received, under study, retained,
     * merged into another, not retained): a citizen reads "ideas" as what was proposed, and a merged or refused
     * idea was proposed all the same. Only an idea its submitter withdrew does not count.
     */
    public static ProfileFact idea(String id, String memberSlug, long version, String state) {
        return new ProfileFact(Kind.IDEA, id, memberSlug, version, !state.isBlank() && !"WITHDRAWN".equals(state), null);
    }

    /**
     * An openness project (or OGP commitment) counts while it is published and not withdrawn: the public sees
     * exactly those. (projects unpublishes a project it withdraws and refuses to publish it again; the withdrawal
     * event is read as "not counted" whatever its card says.)
     */
    public static ProfileFact project(String id, String memberSlug, long version, boolean published, boolean withdrawn) {
        return new ProfileFact(Kind.PROJECT, id, memberSlug, version, published && !withdrawn, null);
    }

    /**
     * An axis counts while it is active (a retired one takes no new ideas), per programme: the profile shows the
     * active axes of the member's current programme, see {@link ProfileCounts#currentProgrammeAxes}.
     */
    public static ProfileFact axis(String id, String memberSlug, long version, String programme, boolean active) {
        return new ProfileFact(Kind.AXIS, id, memberSlug, version, active, programme);
    }
}
