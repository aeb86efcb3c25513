package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.domain.ConsultationSummary;
import ma.remacto.consultations.domain.Contribution;
import ma.remacto.consultations.domain.ItemResult;
import ma.remacto.consultations.domain.Moderation;
import ma.remacto.consultations.domain.ParticipationCounts;
import ma.remacto.consultations.domain.ConsultationCounts;
import ma.remacto.consultations.persistence.ConsultationRepository;
import ma.remacto.consultations.persistence.ContributionRepository;
import ma.remacto.consultations.persistence.ParticipantRepository;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.springframework.stereotype.Service;

/** Consultations as anyone may read them: status from the clock, published contributions, summary, statistics. */
@Service
public class FindConsultations {

    private final ConsultationGuard guard;
    private final ConsultationRepository consultations;
    private final ContributionRepository contributions;
    private final ParticipantRepository participants;
    private final AccessPolicy access;
    private final Clock clock;

    public FindConsultations(ConsultationGuard guard, ConsultationRepository consultations,
            ContributionRepository contributions, ParticipantRepository participants,
            AccessPolicy access, Clock clock) {
        this.guard = guard;
        this.consultations = consultations;
        this.contributions = contributions;
        this.participants = participants;
        this.access = access;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public PageResult<Consultation> list(String member, String region, ConsultationStatus status, PageQuery page) {
        Instant now = clock.instant();
        List<ConsultationStatus> recorded = status == null ? null : switch (status) {
            case SCHEDULED -> List.of(ConsultationStatus.SCHEDULED);
            case OPEN -> List.of(ConsultationStatus.SCHEDULED, ConsultationStatus.OPEN);
            case CLOSED -> List.of(ConsultationStatus.SCHEDULED, ConsultationStatus.OPEN, ConsultationStatus.CLOSED);
            case SUMMARY_PUBLISHED -> List.of(ConsultationStatus.SUMMARY_PUBLISHED);
        };
        return consultations.list(member, region, recorded, c -> status == null || c.statusAt(now) == status, page);
    }

    public Consultation one(String id) {
        return guard.consultation(id);
    }

    /**
     * Published contributions for everyone; the member's staff may ask for those PENDING or REJECTED (moderation).
     */
    public PageResult<Contribution> contributions(String id, Moderation moderation, String itemId, PageQuery page) {
        Consultation consultation = guard.consultation(id);
        Moderation shown = moderation == null ? Moderation.PUBLISHED : moderation;
        if (shown != Moderation.PUBLISHED) {
            access.requireStaffOf(consultation.memberSlug());
        }
        return contributions.list(id, shown, itemId, page);
    }

    public ConsultationSummary summary(String id) {
        Consultation consultation = guard.consultation(id);
        if (consultation.summary() == null) {
            throw ProblemException.notFound("consultation.summary.not-published", id);
        }
        return consultation.summary();
    }

    public record Statistics(String consultationId, ConsultationStatus status, ParticipationCounts participants,
            long contributionsPublished, Integer recordedContributions, List<ItemResult> items, Map<String, Long> byAxis) {
    }

    /** Live counts, computed on read from the contributions and the profiles kept apart. */
    public Statistics statistics(String id) {
        Consultation consultation = guard.consultation(id);
        List<ConsultationCounts.Counted> counted = contributions.counted(id);
        return new Statistics(id, consultation.statusAt(clock.instant()),
                ParticipationCounts.of(participants.ofConsultation(id)), ConsultationCounts.published(counted),
                consultation.recordedContributions(), ConsultationCounts.perItem(consultation, counted),
                ConsultationCounts.perAxis(consultation, counted));
    }

    /** Participation over the consultations of a member, of a region's members, or (both null) of the network. */
    public record OverallStatistics(String member, String region, long consultations, ParticipationCounts participants) {
    }

    /**
     * Participation over all the consultations of a member, of a region's members or (neither given) of the whole
     * network; a person counts once per consultation. A regional portal's scope arrives as {@code region} and
     * narrows whatever was asked.
     */
    public OverallStatistics overallStatistics(String member, String region) {
        long count = consultations.list(member, region, null, c -> true, PageQuery.of(0, 1)).totalItems();
        return new OverallStatistics(member, region, count,
                ParticipationCounts.of(participants.of(member, region)));
    }

    public List<Document> history(String id) {
        Consultation consultation = guard.consultation(id);
        access.requireStaffOf(consultation.memberSlug());
        return consultations.history(id);
    }
}
