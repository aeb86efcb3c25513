package ma.remacto.projects.application;

import ma.remacto.platform.security.CurrentActor;

import org.springframework.stereotype.Component;

/** Who sees what: the member's staff see its drafts and unpublished projects; everyone else what is public. */
@Component
public class Visibility {

    private final CurrentActor currentActor;

    public Visibility(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    public boolean isStaffOf(String memberSlug) {
        return memberSlug != null && currentActor.find().map(actor -> actor.actsFor(memberSlug)).orElse(false);
    }

    public boolean isNetworkAdmin() {
        return currentActor.find().map(actor -> actor.isNetworkAdmin()).orElse(false);
    }

    /** Whether a list filtered on that member (or on none) may include non-public items. */
    public boolean seesEverythingOf(String memberSlug) {
        return isNetworkAdmin() || isStaffOf(memberSlug);
    }
}
