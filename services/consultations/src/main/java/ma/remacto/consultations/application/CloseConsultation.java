package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.ConsultationRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/** The member's staff close an open consultation before its window ends, with the reason (public). */
@Service
public class CloseConsultation {

    private final ConsultationGuard guard;
    private final ConsultationWindow window;
    private final ConsultationRepository consultations;
    private final ConsultationTallies tallies;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;
    private final ConsultationRefusals refusals;

    public CloseConsultation(ConsultationGuard guard, ConsultationWindow window, ConsultationRepository consultations,
            ConsultationTallies tallies, EventEnvelopes envelopes, AccessPolicy access, Clock clock,
            ConsultationRefusals refusals) {
        this.guard = guard;
        this.window = window;
        this.consultations = consultations;
        this.tallies = tallies;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
        this.refusals = refusals;
    }

    public Consultation handle(String id, String reason, Long expectedVersion) {
        Consultation found = guard.consultation(id);
        Actor actor = access.requireStaffOf(found.memberSlug());
        Versions.require(expectedVersion, found.version());
        Consultation consultation = window.catchUp(found);
        Instant now = clock.instant();
        ConsultationStatus status = consultation.statusAt(now);
        if (status != ConsultationStatus.OPEN) {
            throw refusals.notOpen(consultation, status);
        }
        Consultation closed = consultation.closeEarly(reason.strip(), now);
        ConsultationsEvents.Tally tally = tallies.tally(closed);
        consultations.update(closed, tally, List.of(History.entry(now, actor, "CLOSED_EARLY", status.name(),
                ConsultationStatus.CLOSED.name(), null, reason.strip())),
                List.of(envelopes.stage(ConsultationsEvents.consultationMoved(closed, ConsultationStatus.CLOSED, tally),
                        actor)));
        return closed;
    }
}
