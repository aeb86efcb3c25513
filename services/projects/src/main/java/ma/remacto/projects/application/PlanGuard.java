package ma.remacto.projects.application;

import ma.remacto.platform.problems.ProblemException;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.persistence.PlanRepository;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Component;

/** Finds plans and projects for the use cases, and states the plan's rules on what may change when. */
@Component
public class PlanGuard {

    private final PlanRepository plans;
    private final ProjectRepository projects;

    public PlanGuard(PlanRepository plans, ProjectRepository projects) {
        this.plans = plans;
        this.projects = projects;
    }

    public ActionPlan plan(String id) {
        return plans.find(id).orElseThrow(() -> ProblemException.notFound("plan.not-found", id));
    }

    public OpennessProject project(String id) {
        return projects.find(id).orElseThrow(() -> ProblemException.notFound("project.not-found", id));
    }

    /** The card or schedule may change only in a draft, or under an open amendment of an adopted plan. */
    public void requireChangesAccepted(ActionPlan plan) {
        if (!plan.acceptsProjectChanges()) {
            throw ProblemException.conflict("plan.adopted-without-amendment", plan.status().name());
        }
    }

    /** Progress and measurements are recorded between adoption and closing. */
    public void requireExecutable(ActionPlan plan) {
        if (!plan.status().isExecutable()) {
            throw ProblemException.conflict("plan.not-in-execution", plan.status().name());
        }
    }

    public static void requireVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw ProblemException.conflict("concurrent-change");
        }
    }
}
