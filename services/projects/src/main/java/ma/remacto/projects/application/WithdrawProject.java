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
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/** Takes a project out of its plan (a draft, or under an amendment), with a reason; its history stays. */
@Service
public class WithdrawProject {

    private final PlanGuard guard;
    private final ProjectRepository projects;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public WithdrawProject(PlanGuard guard, ProjectRepository projects, EventEnvelopes envelopes, AccessPolicy access,
            Clock clock) {
        this.guard = guard;
        this.projects = projects;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public OpennessProject handle(String id, String reason) {
        OpennessProject project = guard.project(id);
        Actor actor = access.requireStaffOf(project.memberSlug());
        ActionPlan plan = guard.plan(project.planId());
        guard.requireChangesAccepted(plan);
        if (project.withdrawn()) {
            throw ProblemException.conflict("project.withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("reason", "plan.reason.required")));
        }
        OpennessProject withdrawn = project.withdraw(clock.instant());
        projects.update(withdrawn, History.entry(withdrawn.updatedAt(), actor, "WITHDRAWN", null, null, null, reason.strip()),
                envelopes.stage(ProjectsEvents.projectWithdrawn(withdrawn, reason.strip()), actor));
        return withdrawn;
    }
}
