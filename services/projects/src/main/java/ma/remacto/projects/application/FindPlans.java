package ma.remacto.projects.application;

import java.util.EnumSet;
import java.util.List;

import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.PlanStatus;
import ma.remacto.projects.persistence.PlanRepository;

import org.bson.Document;
import org.springframework.stereotype.Service;

/** Plans as the reader may see them: drafts only for the member's staff. */
@Service
public class FindPlans {

    private final PlanRepository plans;
    private final AccessPolicy access;

    public FindPlans(PlanRepository plans, AccessPolicy access) {
        this.plans = plans;
        this.access = access;
    }

    public PageResult<ActionPlan> list(String member, String region, PlanStatus status, String period, PageQuery page) {
        EnumSet<PlanStatus> visible = access.seesEverythingOf(member) ? null
                : EnumSet.complementOf(EnumSet.of(PlanStatus.DRAFT));
        return plans.list(member, region, status, period, visible, page);
    }

    public ActionPlan one(String id) {
        ActionPlan plan = plans.find(id).orElseThrow(() -> ProblemException.notFound("plan.not-found", id));
        if (!plan.status().isPublic() && !access.seesEverythingOf(plan.memberSlug())) {
            throw ProblemException.notFound("plan.not-found", id);
        }
        return plan;
    }

    public List<Document> history(String id) {
        ActionPlan plan = one(id);
        access.requireStaffOf(plan.memberSlug());
        return plans.history(id);
    }
}
