package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.Contribution;
import ma.remacto.consultations.domain.LocalizedText;
import ma.remacto.consultations.domain.Moderation;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.ConsultationRepository;
import ma.remacto.consultations.persistence.ContributionRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The member's staff moderate a pending contribution: PUBLISHED (shown publicly) or REJECTED with a public
 * reason in Arabic (French optional). A decision is final.
 */
@Service
public class ModerateContribution {

    private final ConsultationGuard guard;
    private final ConsultationRepository consultations;
    private final ContributionRepository contributions;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;
    private final ConsultationRefusals refusals;

    public ModerateContribution(ConsultationGuard guard, ConsultationRepository consultations,
            ContributionRepository contributions, EventEnvelopes envelopes, AccessPolicy access, Clock clock,
            ConsultationRefusals refusals) {
        this.guard = guard;
        this.consultations = consultations;
        this.contributions = contributions;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
        this.refusals = refusals;
    }

    public Contribution handle(String consultationId, String contributionId, Moderation decision, LocalizedText reason) {
        Consultation consultation = guard.consultation(consultationId);
        Actor actor = access.requireStaffOf(consultation.memberSlug());
        Contribution contribution = contributions.find(contributionId)
                .filter(c -> c.consultationId().equals(consultationId))
                .orElseThrow(() -> ProblemException.notFound("contribution.not-found", contributionId));
        if (contribution.moderation() != Moderation.PENDING) {
            throw refusals.alreadyModerated(contribution);
        }
        if (decision == Moderation.REJECTED && (reason == null || reason.ar() == null || reason.ar().isBlank())) {
            throw ProblemException.invalidInput(java.util.List.of(new FieldProblem("reason.ar",
                    "contribution.reason.required")));
        }
        Instant now = clock.instant();
        Contribution moderated = contribution.moderate(decision, decision == Moderation.REJECTED ? reason : null, now);
        contributions.update(moderated, History.entry(now, actor, decision.name(), Moderation.PENDING.name(),
                decision.name(), null, decision == Moderation.REJECTED ? reason.ar() : null),
                envelopes.stage(ConsultationsEvents.contributionModerated(moderated, consultation, now,
                        consultations.tally(consultation.id())), actor));
        return moderated;
    }
}
