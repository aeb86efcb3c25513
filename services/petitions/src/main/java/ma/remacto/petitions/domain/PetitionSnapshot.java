package ma.remacto.petitions.domain;

import java.util.List;

/** A petition with what is computed around it: its signatures counted now and its deadlines as of today. */
public record PetitionSnapshot(Petition petition, Tally tally, List<Deadline> deadlines) {

    public boolean thresholdReached() {
        return petition.thresholdReached(tally);
    }
}
