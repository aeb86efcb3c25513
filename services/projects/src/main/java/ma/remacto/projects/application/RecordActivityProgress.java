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
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Activity;
import ma.remacto.projects.domain.ActivityStatus;
import ma.remacto.projects.domain.Evidence;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.ProgressMark;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/**
 * The member's staff record where an activity stands (status, progress, evidence) once the plan is adopted;
 * the project's and the plan's progress follow from it. The history entry keeps the marks before and after
 * with its instant: that is what the evaluation reports read to tell where the activity stood at a past date.
 */
@Service
public class RecordActivityProgress {

    private final PlanGuard guard;
    private final ProjectRepository projects;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public RecordActivityProgress(PlanGuard guard, ProjectRepository projects, EventEnvelopes envelopes,
            AccessPolicy access, Clock clock) {
        this.guard = guard;
        this.projects = projects;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    /** A null status follows the progress: 0 planned, 1–99 in progress, 100 done. */
    public OpennessProject handle(String projectId, String activityId, ActivityStatus status, int progress,
            List<Evidence> evidence, String note, Long expectedVersion) {
        OpennessProject project = guard.project(projectId);
        Actor actor = access.requireStaffOf(project.memberSlug());
        PlanGuard.requireVersion(expectedVersion, project.version());
        ActionPlan plan = guard.plan(project.planId());
        guard.requireExecutable(plan);
        Activity before = project.activities().stream().filter(a -> a.id().equals(activityId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("project.activity.not-found", activityId));
        ActivityStatus next = status != null ? status
                : progress == 100 ? ActivityStatus.DONE : progress > 0 ? ActivityStatus.IN_PROGRESS : ActivityStatus.PLANNED;
        List<FieldProblem> problems = new ArrayList<>();
        if (next == ActivityStatus.DONE && progress != 100) {
            problems.add(new FieldProblem("progress", "project.activity.done-not-complete"));
        }
        if (next == ActivityStatus.PLANNED && progress != 0) {
            problems.add(new FieldProblem("status", "project.activity.planned-with-progress"));
        }
        if (next == ActivityStatus.CANCELLED && (note == null || note.isBlank())) {
            problems.add(new FieldProblem("note", "project.activity.cancel-reason"));
        }
        ProjectCardRules.throwIfAny(problems);
        Activity after = before.progressed(next, progress, evidence);
        List<Activity> activities = project.activities().stream().map(a -> a.id().equals(activityId) ? after : a).toList();
        OpennessProject updated = project.withActivities(activities, clock.instant());
        projects.update(updated, History.entry(updated.updatedAt(), actor, "PROGRESS_RECORDED",
                ProgressMark.of(before).text(), ProgressMark.of(after).text(), List.of("activities." + activityId),
                note == null || note.isBlank() ? null : note.strip()),
                envelopes.stage(ProjectsEvents.activityProgressRecorded(updated, before, after), actor));
        return updated;
    }
}
