package ma.remacto.petitions.application;

import java.time.LocalDate;

import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionSnapshot;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.PetitionerKind;
import ma.remacto.petitions.events.PetitionsEvents;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.petitions.persistence.ReceiptNumbers;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.ConcurrentChangeException;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.time.Today;

import org.springframework.stereotype.Service;

/**
 * The petitioner files the petition with the council's president and gets the receipt number at once. A citizens'
 * petition must have reached its threshold (for a region, each prefecture or province its share too); an
 * association's petition needs no signatures, and its conditions (age over 3 years on the filing day) still hold.
 */
@Service
public class FilePetition {

    private final PetitionGuard guard;
    private final PetitionRepository petitions;
    private final ReceiptNumbers receipts;
    private final Snapshots snapshots;
    private final EventEnvelopes envelopes;
    private final Today today;

    public FilePetition(PetitionGuard guard, PetitionRepository petitions, ReceiptNumbers receipts, Snapshots snapshots,
            EventEnvelopes envelopes, Today today) {
        this.guard = guard;
        this.petitions = petitions;
        this.receipts = receipts;
        this.snapshots = snapshots;
        this.envelopes = envelopes;
        this.today = today;
    }

    public Petition handle(String id, Long expectedVersion) {
        // One receipt number per filing, kept across retries: a number is a legal receipt, the sequence has no gaps.
        String[] receipt = {null};
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(id, expectedVersion, receipt);
            } catch (ConcurrentChangeException e) {
                // without If-Match, a signature count published meanwhile is no reason to refuse the filing
                if (expectedVersion != null || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private Petition attempt(String id, Long expectedVersion, String[] allocated) {
        Petition petition = guard.petition(id);
        Actor actor = guard.requirePetitioner(petition);
        PetitionGuard.requireVersion(expectedVersion, petition.version());
        PetitionStatus expected = petition.petitionerKind() == PetitionerKind.CITIZENS
                ? PetitionStatus.COLLECTING_SIGNATURES : PetitionStatus.DRAFT;
        if (petition.status() != expected) {
            throw ProblemException.conflict("petition.transition-not-allowed", petition.status().name(),
                    PetitionStatus.FILED.name());
        }
        LocalDate day = today.date();
        if (petition.association() != null) {
            PetitionGuard.throwIfAny(petition.association().failedConditions(day, "association"));
        }
        PetitionSnapshot before = snapshots.of(petition);
        if (petition.threshold() != null) {
            if (before.tally().total() < petition.threshold().requiredSignatures()) {
                throw ProblemException.conflict("petition.threshold.not-reached", before.tally().total(),
                        petition.threshold().requiredSignatures());
            }
            var shortProvinces = petition.provincesShort(before.tally());
            if (!shortProvinces.isEmpty()) {
                throw ProblemException.conflict("petition.threshold.province-share",
                        String.join(", ", shortProvinces), petition.threshold().requiredPerProvince());
            }
        }
        if (allocated[0] == null) {
            allocated[0] = receipts.next(petition.memberSlug(), day.getYear());
        }
        String receipt = allocated[0];
        Petition filed = petition.moveTo(PetitionStatus.FILED, new Petition.Change(receipt, day, null, null, null, null,
                null, null, null, null), day, today.now(), null);
        petitions.update(filed, History.entry(filed.updatedAt(), actor, "FILED", petition.status().name(),
                PetitionStatus.FILED.name(), null, receipt),
                envelopes.stage(PetitionsEvents.statusChanged(snapshots.of(filed), petition.status()), PetitionGuard.inEvents(actor)));
        return filed;
    }
}
