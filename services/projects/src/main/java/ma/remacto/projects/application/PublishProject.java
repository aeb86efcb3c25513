package ma.remacto.projects.application;

import java.time.Clock;

import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/** The seeds' «منشور» flag: a project is public only while published. */
@Service
public class PublishProject {

    private final PlanGuard guard;
    private final ProjectRepository projects;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public PublishProject(PlanGuard guard, ProjectRepository projects, EventEnvelopes envelopes, AccessPolicy access,
            Clock clock) {
        this.guard = guard;
        this.projects = projects;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public OpennessProject handle(String id, boolean published) {
        OpennessProject project = guard.project(id);
        Actor actor = access.requireStaffOf(project.memberSlug());
        if (project.withdrawn()) {
            throw ProblemException.conflict("project.withdrawn");
        }
        if (project.published() == published) {
            return project;
        }
        OpennessProject changed = project.withPublication(published, clock.instant());
        projects.update(changed, History.entry(changed.updatedAt(), actor, published ? "PUBLISHED" : "UNPUBLISHED",
                project.published(), published, null, null), envelopes.stage(ProjectsEvents.publicationChanged(changed), actor));
        return changed;
    }
}
