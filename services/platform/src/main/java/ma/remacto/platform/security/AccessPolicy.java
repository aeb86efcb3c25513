package ma.remacto.platform.security;

import ma.remacto.platform.problems.ProblemException;

/** The authorisation checks every service makes itself, whatever the gateway already did. */
public class AccessPolicy {

    private final CurrentActor currentActor;

    public AccessPolicy(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    public Actor requireNetworkAdmin() {
        Actor actor = currentActor.require();
        if (!actor.isNetworkAdmin()) {
            throw ProblemException.forbidden("forbidden");
        }
        return actor;
    }

    /** Staff of the given member (point of contact, committee member) or a network administrator. */
    public Actor requireStaffOf(String memberSlug) {
        Actor actor = currentActor.require();
        if (!actor.actsFor(memberSlug)) {
            throw ProblemException.forbidden("forbidden-member", memberSlug);
        }
        return actor;
    }

    /**
     * Whether the reader, signed in or not, sees what only a member's staff see (drafts, unpublished records, pending
     * contributions): its staff, or a network administrator (who sees every member's, even with no member named).
     */
    public boolean seesEverythingOf(String memberSlug) {
        return currentActor.find()
                .map(actor -> actor.isNetworkAdmin() || memberSlug != null && actor.actsFor(memberSlug)).orElse(false);
    }

    public Actor requireAnyRole(Role... roles) {
        Actor actor = currentActor.require();
        for (Role role : roles) {
            if (actor.has(role)) {
                return actor;
            }
        }
        throw ProblemException.forbidden("forbidden");
    }
}
