package ma.remacto.projects.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Activity;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.ProjectCard;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/**
 * Changes a project's card, or its schedule as a whole (weights must still sum to 100), while the plan is a
 * draft or under an open amendment; the change carries the amendment's number.
 */
@Service
public class EditProject {

    private final PlanGuard guard;
    private final ProjectCardRules rules;
    private final ProjectRepository projects;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public EditProject(PlanGuard guard, ProjectCardRules rules, ProjectRepository projects, EventEnvelopes envelopes,
            AccessPolicy access, Clock clock) {
        this.guard = guard;
        this.rules = rules;
        this.projects = projects;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public OpennessProject editCard(String id, ProjectDraft draft, Long expectedVersion) {
        OpennessProject project = guard.project(id);
        Actor actor = access.requireStaffOf(project.memberSlug());
        ActionPlan plan = changeablePlan(project, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        ProjectCard card = rules.card(plan, draft, project.card(), problems);
        ProjectCardRules.throwIfAny(problems);
        return save(actor, project.withCard(card, clock.instant()), plan, changedFields(project.card(), card));
    }

    public OpennessProject schedule(String id, List<ProjectDraft.ActivityDraft> schedule, Long expectedVersion) {
        OpennessProject project = guard.project(id);
        Actor actor = access.requireStaffOf(project.memberSlug());
        ActionPlan plan = changeablePlan(project, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        List<Activity> activities = rules.schedule(plan, schedule, project.activities(), problems);
        ProjectCardRules.throwIfAny(problems);
        return save(actor, project.withActivities(activities, clock.instant()), plan, List.of("activities"));
    }

    private ActionPlan changeablePlan(OpennessProject project, Long expectedVersion) {
        ActionPlan plan = guard.plan(project.planId());
        PlanGuard.requireVersion(expectedVersion, project.version());
        guard.requireChangesAccepted(plan);
        if (project.withdrawn()) {
            throw ProblemException.conflict("project.withdrawn");
        }
        return plan;
    }

    private OpennessProject save(Actor actor, OpennessProject after, ActionPlan plan, List<String> fields) {
        int amendment = plan.changeAmendmentNumber();
        projects.update(after, History.entry(after.updatedAt(), actor, "EDITED", after.version() - 1, after.version(), fields,
                amendment == 0 ? null : "amendment " + amendment),
                envelopes.stage(ProjectsEvents.projectEdited(after, fields, amendment), actor));
        return after;
    }

    private static List<String> changedFields(ProjectCard a, ProjectCard b) {
        List<String> fields = new ArrayList<>();
        var components = ProjectCard.class.getRecordComponents();
        for (var component : components) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
                    fields.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }
}
