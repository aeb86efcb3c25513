package ma.remacto.projects.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.time.Today;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.CouncilAdoption;
import ma.remacto.projects.domain.PlanStatus;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.PlanRepository;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/**
 * Moves a plan along its life: to public consultation (linked to the consultation), back to draft, adopted
 * by the council (session and date), in execution, closed with its evaluation.
 */
@Service
public class ChangeActionPlanStatus {

    private final PlanGuard guard;
    private final PlanRepository plans;
    private final ProjectRepository projects;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;
    private final Today today;

    public ChangeActionPlanStatus(PlanGuard guard, PlanRepository plans, ProjectRepository projects,
            EventEnvelopes envelopes, AccessPolicy access, Clock clock, Today today) {
        this.guard = guard;
        this.plans = plans;
        this.projects = projects;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
        this.today = today;
    }

    public record Change(PlanStatus to, String consultationId, CouncilAdoption adoption, String evaluation,
            String reason) {
    }

    public ActionPlan handle(String id, Change change, Long expectedVersion) {
        ActionPlan plan = guard.plan(id);
        Actor actor = access.requireStaffOf(plan.memberSlug());
        PlanGuard.requireVersion(expectedVersion, plan.version());
        if (!plan.status().canMoveTo(change.to())) {
            throw ProblemException.conflict("plan.transition-not-allowed", plan.status().name(), change.to().name());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String reason = blankToNull(change.reason());
        switch (change.to()) {
            case IN_CONSULTATION, ADOPTED -> {
                if (projects.countInPlan(plan.id()) == 0) {
                    throw ProblemException.conflict("plan.without-projects");
                }
                if (change.to() == PlanStatus.ADOPTED) {
                    checkAdoption(change.adoption(), problems);
                }
            }
            case DRAFT -> {
                if (reason == null) {
                    problems.add(new FieldProblem("reason", "plan.reason.required"));
                }
            }
            case CLOSED -> {
                if (blankToNull(change.evaluation()) == null) {
                    problems.add(new FieldProblem("evaluation", "plan.evaluation.required"));
                }
                if (plan.openAmendment().isPresent()) {
                    throw ProblemException.conflict("plan.amendment.open");
                }
            }
            case IN_EXECUTION -> {
                // nothing more to check: the council's adoption is recorded
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        ActionPlan moved = plan.moveTo(change.to(), blankToNull(change.consultationId()),
                change.to() == PlanStatus.ADOPTED ? change.adoption() : null,
                change.to() == PlanStatus.CLOSED ? change.evaluation().strip() : null, clock.instant());
        plans.update(moved, History.entry(moved.updatedAt(), actor, "STATUS_CHANGED", plan.status().name(),
                change.to().name(), null, reason), envelopes.stage(ProjectsEvents.planStatusChanged(moved, plan.status(), reason), actor));
        return moved;
    }

    private void checkAdoption(CouncilAdoption adoption, List<FieldProblem> problems) {
        if (adoption == null || adoption.session() == null || adoption.session().ar() == null
                || adoption.session().ar().isBlank()) {
            problems.add(new FieldProblem("adoption.session", "plan.adoption.session-required"));
        }
        if (adoption == null || adoption.date() == null) {
            problems.add(new FieldProblem("adoption.date", "plan.adoption.date-required"));
        } else if (adoption.date().isAfter(today.date())) {
            problems.add(new FieldProblem("adoption.date", "plan.adoption.date-future"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
