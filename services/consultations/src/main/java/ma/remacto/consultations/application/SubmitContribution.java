package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.domain.Contribution;
import ma.remacto.consultations.domain.Moderation;
import ma.remacto.consultations.domain.ParticipantProfile;
import ma.remacto.consultations.domain.Position;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.ConsultationRepository;
import ma.remacto.consultations.persistence.ContributionRepository;
import ma.remacto.consultations.persistence.ParticipantRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.security.Role;

import org.springframework.stereotype.Service;

/**
 * A signed-in citizen or association contributes on one item while the consultation is open: a position
 * (AGREE/DISAGREE) and/or a comment. One contribution per person per item: a second one is refused (409
 * {@code contribution.duplicate}), never merged, so the counts stay exact whatever arrives at once. A comment
 * waits for moderation (PENDING); a position alone has nothing to moderate and is published at once. The
 * optional statistical profile is stored apart, once per person and consultation, and only counted.
 */
@Service
public class SubmitContribution {

    public record Submission(String itemId, Position position, String comment, boolean anonymous,
            ParticipantProfile profile) {
    }

    /**
     * The actor the contribution's event names: the platform, not the contributor. Events feed open data and are
     * kept forever; a contributor's subject there would undo an anonymous contribution. The contribution's own
     * history keeps the subject, inside the service.
     */
    static final Actor EVENT_ACTOR = Actor.system("consultations");

    private final ConsultationGuard guard;
    private final ConsultationWindow window;
    private final ConsultationRepository consultations;
    private final ContributionRepository contributions;
    private final ParticipantRepository participants;
    private final ParticipantKeys keys;
    private final Members members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;
    private final ConsultationRefusals refusals;

    public SubmitContribution(ConsultationGuard guard, ConsultationWindow window, ConsultationRepository consultations,
            ContributionRepository contributions, ParticipantRepository participants, ParticipantKeys keys,
            Members members, EventEnvelopes envelopes, AccessPolicy access, Clock clock,
            ConsultationRefusals refusals) {
        this.guard = guard;
        this.window = window;
        this.consultations = consultations;
        this.contributions = contributions;
        this.participants = participants;
        this.keys = keys;
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
        this.refusals = refusals;
    }

    public Contribution handle(String consultationId, Submission submission) {
        Actor actor = access.requireAnyRole(Role.CITIZEN, Role.ASSOCIATION);
        Consultation consultation = guard.consultation(consultationId);
        Instant now = clock.instant();
        ConsultationStatus status = consultation.statusAt(now);
        if (status != ConsultationStatus.OPEN) {
            throw refusals.notOpen(consultation, status);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (consultation.item(submission.itemId()).isEmpty()) {
            problems.add(new FieldProblem("itemId", "contribution.item.unknown", submission.itemId()));
        }
        String comment = submission.comment();
        if (comment != null && comment.isBlank()) {
            problems.add(new FieldProblem("comment", "contribution.comment.blank"));
        }
        if (submission.position() == null && comment == null) {
            problems.add(new FieldProblem("position", "contribution.empty"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        Moderation moderation = comment == null ? Moderation.PUBLISHED : Moderation.PENDING;
        Contribution contribution = new Contribution(Ids.newId(), consultation.id(), consultation.memberSlug(),
                submission.itemId(), submission.position(), comment, submission.anonymous(), actor.displayName(),
                moderation, null, now, now, 1);
        boolean stored = contributions.insert(contribution,
                ContributionRepository.authorKey(consultation.id(), submission.itemId(), actor.subject()),
                History.entry(now, actor, "SUBMITTED", null, moderation.name(), null, null),
                envelopes.stage(ConsultationsEvents.contributionSubmitted(contribution, consultation, now,
                        consultations.tally(consultation.id())), EVENT_ACTOR));
        if (!stored) {
            throw refusals.duplicate(consultation, submission.itemId());
        }
        participants.record(keys.of("consultation", consultation.id(), actor.subject()), consultation.id(),
                consultation.memberSlug(), members.regionOf(consultation.memberSlug()),
                submission.profile() == null ? ParticipantProfile.NONE : submission.profile());
        if (consultation.recordedStatus() != status) {
            window.catchUpQuietly(consultation.id());
        }
        return contribution;
    }
}
