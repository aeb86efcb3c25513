package ma.remacto.projects.application;

import java.time.Clock;
import java.util.List;

import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Amendment;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.PlanRepository;

import org.springframework.stereotype.Service;

/**
 * Opens and closes the recorded amendment under which an adopted plan's projects may change: every change
 * made meanwhile carries its number.
 */
@Service
public class AmendActionPlan {

    private final PlanGuard guard;
    private final PlanRepository plans;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public AmendActionPlan(PlanGuard guard, PlanRepository plans, EventEnvelopes envelopes, AccessPolicy access,
            Clock clock) {
        this.guard = guard;
        this.plans = plans;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public ActionPlan open(String id, String reason) {
        ActionPlan plan = guard.plan(id);
        Actor actor = access.requireStaffOf(plan.memberSlug());
        if (!plan.status().isExecutable()) {
            throw ProblemException.conflict("plan.amendment.not-adopted", plan.status().name());
        }
        if (plan.openAmendment().isPresent()) {
            throw ProblemException.conflict("plan.amendment.open");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("reason", "plan.reason.required")));
        }
        ActionPlan amended = plan.openAmendment(reason.strip(), clock.instant());
        int number = amended.openAmendment().map(Amendment::number).orElseThrow();
        plans.update(amended, History.entry(amended.updatedAt(), actor, "AMENDMENT_OPENED", null, number, null,
                reason.strip()), envelopes.stage(ProjectsEvents.planAmended(amended, number, true), actor));
        return amended;
    }

    public ActionPlan close(String id) {
        ActionPlan plan = guard.plan(id);
        Actor actor = access.requireStaffOf(plan.memberSlug());
        Amendment open = plan.openAmendment().orElseThrow(() -> ProblemException.conflict("plan.amendment.none-open"));
        ActionPlan closed = plan.closeAmendment(clock.instant());
        plans.update(closed, History.entry(closed.updatedAt(), actor, "AMENDMENT_CLOSED", open.number(), null, null, null),
                envelopes.stage(ProjectsEvents.planAmended(closed, open.number(), false), actor));
        return closed;
    }
}
