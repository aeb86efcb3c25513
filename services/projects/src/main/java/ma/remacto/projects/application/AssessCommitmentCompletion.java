package ma.remacto.projects.application;

import java.time.Clock;
import java.util.List;

import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.projects.domain.CompletionLevel;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.ProjectKind;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/** Records an OGP commitment's completion level on the IRM scale (not started, limited, substantial, complete). */
@Service
public class AssessCommitmentCompletion {

    private final PlanGuard guard;
    private final ProjectRepository projects;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public AssessCommitmentCompletion(PlanGuard guard, ProjectRepository projects, EventEnvelopes envelopes,
            AccessPolicy access, Clock clock) {
        this.guard = guard;
        this.projects = projects;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public OpennessProject handle(String id, CompletionLevel level, String reason) {
        OpennessProject project = guard.project(id);
        Actor actor = access.requireStaffOf(project.memberSlug());
        if (project.kind() != ProjectKind.COMMITMENT) {
            throw ProblemException.conflict("project.not-a-commitment");
        }
        guard.requireExecutable(guard.plan(project.planId()));
        CompletionLevel before = project.card().commitment().completion();
        OpennessProject assessed = project.withCard(project.card().withCommitment(
                project.card().commitment().withCompletion(level)), clock.instant());
        projects.update(assessed, History.entry(assessed.updatedAt(), actor, "COMPLETION_ASSESSED", before.name(),
                level.name(), List.of("commitment.completion"), reason == null || reason.isBlank() ? null : reason.strip()),
                envelopes.stage(ProjectsEvents.projectEdited(assessed, List.of("commitment.completion"), 0), actor));
        return assessed;
    }
}
