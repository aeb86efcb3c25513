package ma.remacto.petitions.application;

import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.PetitionerKind;
import ma.remacto.petitions.events.PetitionsEvents;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.time.Today;

import org.springframework.stereotype.Service;

/** The agent opens a citizens' petition for signatures: from now on its text is fixed and it is public. */
@Service
public class OpenSignatureCollection {

    private final PetitionGuard guard;
    private final PetitionRepository petitions;
    private final Snapshots snapshots;
    private final EventEnvelopes envelopes;
    private final Today today;

    public OpenSignatureCollection(PetitionGuard guard, PetitionRepository petitions, Snapshots snapshots,
            EventEnvelopes envelopes, Today today) {
        this.guard = guard;
        this.petitions = petitions;
        this.snapshots = snapshots;
        this.envelopes = envelopes;
        this.today = today;
    }

    public Petition handle(String id, Long expectedVersion) {
        Petition petition = guard.petition(id);
        Actor actor = guard.requirePetitioner(petition);
        PetitionGuard.requireVersion(expectedVersion, petition.version());
        if (petition.petitionerKind() == PetitionerKind.ASSOCIATION) {
            throw ProblemException.conflict("petition.association.no-signatures");
        }
        if (petition.status() != PetitionStatus.DRAFT) {
            throw ProblemException.conflict("petition.transition-not-allowed", petition.status().name(),
                    PetitionStatus.COLLECTING_SIGNATURES.name());
        }
        Petition moved = petition.moveTo(PetitionStatus.COLLECTING_SIGNATURES, Petition.Change.none(), today.date(),
                today.now(), null);
        petitions.update(moved, History.entry(moved.updatedAt(), actor, "STATUS_CHANGED", petition.status().name(),
                moved.status().name(), null, null),
                envelopes.stage(PetitionsEvents.statusChanged(snapshots.of(moved), petition.status()), PetitionGuard.inEvents(actor)));
        return moved;
    }
}
