package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.domain.ConsultationSummary;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.ConsultationRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * After closing, the member's staff publish the consultation's summary: the counts per item are computed here
 * from the contributions (never typed), the themes and the changes made to the draft are typed by staff.
 */
@Service
public class PublishConsultationSummary {

    private final ConsultationGuard guard;
    private final ConsultationWindow window;
    private final ConsultationRepository consultations;
    private final ConsultationTallies tallies;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;
    private final ConsultationRefusals refusals;

    public PublishConsultationSummary(ConsultationGuard guard, ConsultationWindow window,
            ConsultationRepository consultations, ConsultationTallies tallies, EventEnvelopes envelopes,
            AccessPolicy access, Clock clock, ConsultationRefusals refusals) {
        this.guard = guard;
        this.window = window;
        this.consultations = consultations;
        this.tallies = tallies;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
        this.refusals = refusals;
    }

    public Consultation handle(String id, List<String> themes, List<String> changesToDraft, Long expectedVersion) {
        Consultation found = guard.consultation(id);
        Actor actor = access.requireStaffOf(found.memberSlug());
        Versions.require(expectedVersion, found.version());
        Consultation consultation = window.catchUp(found);
        Instant now = clock.instant();
        ConsultationStatus status = consultation.statusAt(now);
        if (status != ConsultationStatus.CLOSED) {
            throw refusals.notClosed(consultation, status);
        }
        ConsultationSummary summary = new ConsultationSummary(tallies.perItem(consultation),
                themes.stream().map(String::strip).toList(), changesToDraft.stream().map(String::strip).toList(), now);
        Consultation published = consultation.publishSummary(summary, now);
        ConsultationsEvents.Tally tally = tallies.tally(published);
        consultations.update(published, tally, List.of(History.entry(now, actor, "SUMMARY_PUBLISHED", status.name(),
                ConsultationStatus.SUMMARY_PUBLISHED.name(), null, null)),
                List.of(envelopes.stage(ConsultationsEvents.consultationMoved(published,
                        ConsultationStatus.SUMMARY_PUBLISHED, tally), actor)));
        return published;
    }
}
