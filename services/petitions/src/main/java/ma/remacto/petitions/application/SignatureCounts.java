package ma.remacto.petitions.application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionSnapshot;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.events.PetitionsEvents;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.petitions.persistence.SignatureRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.ConcurrentChangeException;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.time.Today;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes {@code PetitionSignaturesCounted} without a flood: a signature marks its petition, and a sweep every
 * {@code remacto.petitions.count-interval} (5 s) publishes the count of each marked petition once if it changed;
 * crossing the threshold is published at once. The count published is the number of stored signatures, so it never
 * drifts; the petition's {@code countedSignatures} remembers the last one published. (Marks are per instance and
 * lost on restart; the next signature, or the filing event, carries the count again.)
 */
@Component
public class SignatureCounts {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureCounts.class);
    private static final Actor COUNTER = Actor.system("petitions.signature-counts");

    private final PetitionRepository petitions;
    private final SignatureRepository signatures;
    private final Snapshots snapshots;
    private final EventEnvelopes envelopes;
    private final Today today;
    private final Set<String> marked = ConcurrentHashMap.newKeySet();

    public SignatureCounts(PetitionRepository petitions, SignatureRepository signatures, Snapshots snapshots,
            EventEnvelopes envelopes, Today today) {
        this.petitions = petitions;
        this.signatures = signatures;
        this.snapshots = snapshots;
        this.envelopes = envelopes;
        this.today = today;
    }

    /** After a stored signature: the count now; published at once if this signature crossed the threshold. */
    long signed(Petition petition) {
        long total = signatures.count(petition.id());
        marked.add(petition.id());
        int required = petition.threshold() == null ? 0 : petition.threshold().requiredSignatures();
        if (required > 0 && total >= required && petition.countedSignatures() < required) {
            publish(petition.id());
        }
        return total;
    }

    @Scheduled(fixedDelayString = "${remacto.petitions.count-interval:PT5S}")
    public void sweep() {
        for (String id : Set.copyOf(marked)) {
            publish(id);
        }
    }

    void publish(String id) {
        marked.remove(id);
        try {
            Petition petition = petitions.find(id).orElse(null);
            if (petition == null || petition.status() != PetitionStatus.COLLECTING_SIGNATURES) {
                return;
            }
            long total = signatures.count(id);
            if (total == petition.countedSignatures()) {
                return;
            }
            Petition counted = petition.counted(total, today.now());
            PetitionSnapshot snapshot = snapshots.of(counted);
            petitions.update(counted, null, envelopes.stage(PetitionsEvents.signaturesCounted(snapshot), COUNTER));
        } catch (ConcurrentChangeException e) {
            marked.add(id); // changed meanwhile: count again next sweep
        } catch (RuntimeException e) {
            marked.add(id);
            LOG.warn("signature count of petition {} not published yet: {}", id, e.toString());
        }
    }
}
