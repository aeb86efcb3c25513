package ma.remacto.projects.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
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
 * The committee formulates an openness project (or an OGP commitment) in a plan, from retained ideas, with
 * its card and weighted schedule. It is public once published.
 */
@Service
public class FormulateProject {

    private final PlanGuard guard;
    private final ProjectCardRules rules;
    private final ProjectRepository projects;
    private final MemberDirectory members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public FormulateProject(PlanGuard guard, ProjectCardRules rules, ProjectRepository projects, MemberDirectory members,
            EventEnvelopes envelopes, AccessPolicy access, Clock clock) {
        this.guard = guard;
        this.rules = rules;
        this.projects = projects;
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public OpennessProject handle(String planId, ProjectDraft draft, List<ProjectDraft.ActivityDraft> schedule,
            boolean published) {
        ActionPlan plan = guard.plan(planId);
        Actor actor = access.requireStaffOf(plan.memberSlug());
        guard.requireChangesAccepted(plan);
        List<FieldProblem> problems = new ArrayList<>();
        ProjectCard card = rules.card(plan, draft, null, problems);
        List<Activity> activities = rules.schedule(plan, schedule, List.of(), problems);
        ProjectCardRules.throwIfAny(problems);
        Instant now = clock.instant();
        int position = (int) projects.countInPlan(plan.id()) + 1;
        OpennessProject project = new OpennessProject(Ids.newId(), plan.memberSlug(), plan.id(), plan.period(),
                plan.format().projectKind(), position, card, activities, published, false, now, now, 1);
        String region = members.find(plan.memberSlug()).map(m -> m.regionSlug()).orElse(null);
        projects.insert(project, region, History.entry(now, actor, "FORMULATED", null, plan.id(), null, null),
                envelopes.stage(ProjectsEvents.projectFormulated(project), actor));
        return project;
    }
}
