package ma.remacto.projects.application;

import java.util.List;

import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.ProjectKind;
import ma.remacto.projects.persistence.PlanRepository;
import ma.remacto.projects.persistence.ProjectQuery;
import ma.remacto.projects.persistence.ProjectRepository;

import org.bson.Document;
import org.springframework.stereotype.Service;

/** Projects as the reader may see them: unpublished ones only for the member's staff. */
@Service
public class FindProjects {

    private final ProjectRepository projects;
    private final PlanRepository plans;
    private final AccessPolicy access;

    public FindProjects(ProjectRepository projects, PlanRepository plans, AccessPolicy access) {
        this.projects = projects;
        this.plans = plans;
        this.access = access;
    }

    public PageResult<OpennessProject> list(String member, String region, String planId, String axisId, String period,
            ProjectKind kind, boolean includeWithdrawn, PageQuery page) {
        // A plan names its member: its staff listing the plan's projects see the unpublished ones too.
        String owner = member != null || planId == null ? member
                : plans.find(planId).map(ActionPlan::memberSlug).orElse(null);
        boolean all = access.seesEverythingOf(owner);
        return projects.list(new ProjectQuery(member, region, planId, axisId, period, kind, !all, includeWithdrawn && all),
                page);
    }

    /**
     * A plan's projects the reader may see, in plan order. Withdrawn ones are added on request, and only for the
     * member's staff: the public never sees a withdrawn project.
     */
    public List<OpennessProject> inPlan(ActionPlan plan, boolean includeWithdrawn) {
        boolean all = access.seesEverythingOf(plan.memberSlug());
        return projects.all(new ProjectQuery(null, null, plan.id(), null, null, null, !all, includeWithdrawn && all));
    }

    public OpennessProject one(String id) {
        OpennessProject project = projects.find(id).orElseThrow(() -> ProblemException.notFound("project.not-found", id));
        if (!project.isPublic() && !access.seesEverythingOf(project.memberSlug())) {
            throw ProblemException.notFound("project.not-found", id);
        }
        return project;
    }

    public List<Document> history(String id) {
        OpennessProject project = one(id);
        access.requireStaffOf(project.memberSlug());
        return projects.history(id);
    }
}
