package ma.remacto.projects.application;

import java.time.Clock;
import java.time.LocalDate;
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
import ma.remacto.projects.domain.LocalizedText;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.PlanRepository;
import ma.remacto.projects.persistence.ProjectQuery;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/** Changes a plan's title or dates, while it is a draft or under an amendment; the dates must keep every activity. */
@Service
public class EditActionPlan {

    private final PlanGuard guard;
    private final PlanRepository plans;
    private final ProjectRepository projects;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public EditActionPlan(PlanGuard guard, PlanRepository plans, ProjectRepository projects, EventEnvelopes envelopes,
            AccessPolicy access, Clock clock) {
        this.guard = guard;
        this.plans = plans;
        this.projects = projects;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public ActionPlan handle(String id, LocalizedText title, LocalDate start, LocalDate end, Long expectedVersion) {
        ActionPlan plan = guard.plan(id);
        Actor actor = access.requireStaffOf(plan.memberSlug());
        PlanGuard.requireVersion(expectedVersion, plan.version());
        guard.requireChangesAccepted(plan);
        List<FieldProblem> problems = new ArrayList<>();
        if (end.isBefore(start)) {
            problems.add(new FieldProblem("endDate", "plan.dates.reversed"));
        }
        ActionPlan edited = plan.edit(title, start, end, clock.instant());
        for (OpennessProject project : projects.all(ProjectQuery.ofPlan(plan.id(), false))) {
            for (Activity activity : project.activities()) {
                if (!edited.covers(activity.start()) || !edited.covers(activity.end())) {
                    problems.add(new FieldProblem("startDate", "plan.dates.exclude-activity", activity.title()));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(plan.title(), title)) {
            fields.add("title");
        }
        if (!plan.startDate().equals(start)) {
            fields.add("startDate");
        }
        if (!plan.endDate().equals(end)) {
            fields.add("endDate");
        }
        plans.update(edited, History.entry(edited.updatedAt(), actor, "EDITED", plan.version(), edited.version(), fields, null),
                envelopes.stage(ProjectsEvents.planEdited(edited, fields), actor));
        return edited;
    }
}
