package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.ConsultationRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.ConcurrentChangeException;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.security.Actor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the transitions the window makes (SCHEDULED → OPEN at {@code opensAt}, OPEN → CLOSED at
 * {@code closesAt}) with a history entry by {@code system:consultations} and their event, one write per
 * transition. Runs before every write on a consultation, after a contribution that found the record behind,
 * and every {@code remacto.consultations.window-sweep} for the rest. The status shown is always computed from
 * the clock, so a late record changes nothing for readers.
 */
@Component
public class ConsultationWindow {

    static final Actor SYSTEM = Actor.system("consultations");
    private static final Logger LOG = LoggerFactory.getLogger(ConsultationWindow.class);

    private final ConsultationRepository consultations;
    private final ConsultationTallies tallies;
    private final EventEnvelopes envelopes;
    private final Clock clock;

    public ConsultationWindow(ConsultationRepository consultations, ConsultationTallies tallies,
            EventEnvelopes envelopes, Clock clock) {
        this.consultations = consultations;
        this.tallies = tallies;
        this.envelopes = envelopes;
        this.clock = clock;
    }

    /** The consultation with every transition due at now recorded. */
    public Consultation catchUp(Consultation consultation) {
        Instant now = clock.instant();
        Consultation current = consultation;
        for (ConsultationStatus to : current.pendingTransitions(now)) {
            Consultation moved = current.recordStatus(to, now);
            ConsultationsEvents.Tally tally = tallies.tally(moved);
            consultations.update(moved, tally, List.of(History.entry(now, SYSTEM, to.name(), current.recordedStatus().name(),
                    to.name(), null, null)), List.of(envelopes.stage(ConsultationsEvents.consultationMoved(moved, to, tally),
                    SYSTEM)));
            current = moved;
        }
        return current;
    }

    /** Best effort: a concurrent writer records the same transition. */
    public void catchUpQuietly(String id) {
        try {
            consultations.find(id).ifPresent(this::catchUp);
        } catch (ConcurrentChangeException e) {
            LOG.debug("consultation {} moved meanwhile", id);
        }
    }

    @Scheduled(fixedDelayString = "${remacto.consultations.window-sweep:30s}",
            initialDelayString = "${remacto.consultations.window-sweep:30s}")
    public void sweep() {
        for (String id : consultations.awaitingWindow()) {
            catchUpQuietly(id);
        }
    }
}
