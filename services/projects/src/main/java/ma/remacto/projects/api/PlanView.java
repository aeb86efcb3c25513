package ma.remacto.projects.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Amendment;
import ma.remacto.projects.domain.CouncilAdoption;
import ma.remacto.projects.domain.LocalizedText;
import ma.remacto.projects.domain.PlanFormat;
import ma.remacto.projects.domain.PlanStatus;

/** An action plan as the API shows it. */
public record PlanView(String id, String member, String period, LocalDate startDate, LocalDate endDate,
        PlanFormat format, LocalizedText title, PlanStatus status, String consultationId, CouncilAdoption adoption,
        List<Amendment> amendments, boolean underAmendment, String evaluation, Instant createdAt, Instant updatedAt,
        long version) {

    static PlanView of(ActionPlan plan) {
        return new PlanView(plan.id(), plan.memberSlug(), plan.period(), plan.startDate(), plan.endDate(), plan.format(),
                plan.title(), plan.status(), plan.consultationId(), plan.adoption(), plan.amendments(),
                plan.openAmendment().isPresent(), plan.evaluation(), plan.createdAt(), plan.updatedAt(), plan.version());
    }
}
