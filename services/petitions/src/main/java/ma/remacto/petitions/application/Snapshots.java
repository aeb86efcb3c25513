package ma.remacto.petitions.application;

import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionSnapshot;
import ma.remacto.petitions.domain.Tally;
import ma.remacto.petitions.persistence.SignatureRepository;
import ma.remacto.platform.time.Today;

import org.springframework.stereotype.Component;

/** Counts a petition's signatures and computes its deadlines as of today (Africa/Casablanca). */
@Component
public class Snapshots {

    private final SignatureRepository signatures;
    private final PetitionsSettings settings;
    private final Today today;

    public Snapshots(SignatureRepository signatures, PetitionsSettings settings, Today today) {
        this.signatures = signatures;
        this.settings = settings;
        this.today = today;
    }

    public PetitionSnapshot of(Petition petition) {
        Tally tally = petition.collectsSignatures() ? signatures.tally(petition.id()) : Tally.NONE;
        return new PetitionSnapshot(petition, tally,
                petition.deadlines(today.date(), settings.noticeDeadline(petition.memberKind())));
    }
}
