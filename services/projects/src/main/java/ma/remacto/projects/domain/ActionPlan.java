package ma.remacto.projects.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member's openness action programme (برنامج عمل الانفتاح) for a period: the projects (or OGP
 * commitments) it bundles are separate aggregates that point to it.
 */
public record ActionPlan(
        String id,
        String memberSlug,
        String period,
        LocalDate startDate,
        LocalDate endDate,
        PlanFormat format,
        LocalizedText title,
        PlanStatus status,
        String consultationId,
        CouncilAdoption adoption,
        List<Amendment> amendments,
        String evaluation,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public ActionPlan {
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public Optional<Amendment> openAmendment() {
        return amendments.stream().filter(Amendment::isOpen).findFirst();
    }

    /** Whether the plan's projects may be changed now: a draft, or an adopted plan under an open amendment. */
    public boolean acceptsProjectChanges() {
        return status.isDraft() || (status != PlanStatus.CLOSED && openAmendment().isPresent());
    }

    /** The amendment under which a change is made, 0 for a draft. */
    public int changeAmendmentNumber() {
        return status.isDraft() ? 0 : openAmendment().map(Amendment::number).orElse(0);
    }

    public ActionPlan edit(LocalizedText newTitle, LocalDate newStart, LocalDate newEnd, Instant at) {
        return new ActionPlan(id, memberSlug, period, newStart, newEnd, format, newTitle, status, consultationId,
                adoption, amendments, evaluation, createdAt, at, version + 1);
    }

    public ActionPlan moveTo(PlanStatus target, String newConsultationId, CouncilAdoption newAdoption,
            String newEvaluation, Instant at) {
        return new ActionPlan(id, memberSlug, period, startDate, endDate, format, title, target,
                newConsultationId == null ? consultationId : newConsultationId,
                newAdoption == null ? adoption : newAdoption, amendments,
                newEvaluation == null ? evaluation : newEvaluation, createdAt, at, version + 1);
    }

    public ActionPlan withAmendments(List<Amendment> newAmendments, Instant at) {
        return new ActionPlan(id, memberSlug, period, startDate, endDate, format, title, status, consultationId,
                adoption, newAmendments, evaluation, createdAt, at, version + 1);
    }

    public ActionPlan openAmendment(String reason, Instant at) {
        List<Amendment> next = new ArrayList<>(amendments);
        next.add(new Amendment(amendments.size() + 1, reason, at, null));
        return withAmendments(next, at);
    }

    public ActionPlan closeAmendment(Instant at) {
        return withAmendments(amendments.stream().map(a -> a.isOpen() ? a.close(at) : a).toList(), at);
    }
}
