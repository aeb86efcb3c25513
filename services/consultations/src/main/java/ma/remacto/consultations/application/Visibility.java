package ma.remacto.consultations.application;

import ma.remacto.platform.security.CurrentActor;

import org.springframework.stereotype.Component;

/** Who sees what beyond the public: the member's staff (and network administrators). */
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
}
