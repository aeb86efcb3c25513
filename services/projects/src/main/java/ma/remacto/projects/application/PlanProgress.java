package ma.remacto.projects.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.remacto.platform.time.Today;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.PlanAxis;
import ma.remacto.projects.domain.ProgressRollUp.AxisProgress;
import ma.remacto.projects.domain.ProgressRollUp.LateActivity;
import ma.remacto.projects.domain.ProgressRollUp.ProjectProgress;
import ma.remacto.projects.domain.ProgressRollUp;
import ma.remacto.projects.persistence.IdeationCopies;

import org.springframework.stereotype.Service;

/**
 * Where a plan stands on a given day: progress per project, per axis and for the plan, and the activities
 * that are late. The reader sees the projects they may see (published ones, or all for the member's staff).
 */
@Service
public class PlanProgress {

    private final FindPlans plans;
    private final FindProjects projects;
    private final IdeationCopies ideation;
    private final Today today;

    public PlanProgress(FindPlans plans, FindProjects projects, IdeationCopies ideation, Today today) {
        this.plans = plans;
        this.projects = projects;
        this.ideation = ideation;
        this.today = today;
    }

    public record Report(String planId, String memberSlug, String period, String status, LocalDate asOf,
            BigDecimal progress, List<AxisProgress> axes, List<ProjectProgress> projects,
            List<LateActivity> lateActivities) {
    }

    public Report compute(String planId) {
        ActionPlan plan = plans.one(planId);
        ProgressRollUp rollUp = ProgressRollUp.of(projects.inPlan(plan, false), axes(plan), today.date());
        return new Report(plan.id(), plan.memberSlug(), plan.period(), plan.status().name(), rollUp.day(),
                rollUp.progress(), rollUp.axes(), rollUp.projects(), rollUp.lateActivities());
    }

    /** The axes of the member's programme for the plan's period: those a roll-up lists. */
    public List<PlanAxis> axes(ActionPlan plan) {
        return ideation.axes(plan.memberSlug()).stream().filter(axis -> axis.programme().equals(plan.period()))
                .map(axis -> new PlanAxis(axis.id(), axis.code(), axis.title())).toList();
    }
}
