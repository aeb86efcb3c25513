package ma.remacto.projects.application;

import java.time.LocalDate;
import java.util.List;

import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.time.Today;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.EvaluationReport;
import ma.remacto.projects.domain.LocalizedText;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.PlanTimeline;
import ma.remacto.projects.domain.ReportKind;
import ma.remacto.projects.domain.ReportPeriod;
import ma.remacto.projects.persistence.PlanRepository;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/**
 * An evaluation report of a plan (quarterly, annual, mid-term, final): where it stood at the end of the period,
 * reconstructed from the histories of its projects. The reader sees what they may see of the plan and its
 * projects: the public a plan out of draft and its published projects, the member's staff everything, including
 * a project withdrawn after the period.
 */
@Service
public class ReportPlanEvaluation {

    private final FindPlans findPlans;
    private final FindProjects findProjects;
    private final PlanProgress progress;
    private final PlanRepository plans;
    private final ProjectRepository projects;
    private final MemberDirectory members;
    private final Today today;

    public ReportPlanEvaluation(FindPlans findPlans, FindProjects findProjects, PlanProgress progress,
            PlanRepository plans, ProjectRepository projects, MemberDirectory members, Today today) {
        this.findPlans = findPlans;
        this.findProjects = findProjects;
        this.progress = progress;
        this.plans = plans;
        this.projects = projects;
        this.members = members;
        this.today = today;
    }

    /** @param period "2024-Q3" for a quarter, "2024" for a year, unused for the mid-term and final reports */
    public EvaluationReport handle(String planId, ReportKind kind, String period) {
        ActionPlan plan = findPlans.one(planId);
        PlanTimeline timeline = plans.timeline(plan.id());
        LocalDate day = today.date();
        ReportPeriod covered;
        try {
            covered = ReportPeriod.resolve(kind, period, plan.startDate(), plan.endDate(),
                    timeline.closedAt().map(today::dateOf).orElse(null), day);
        } catch (ReportPeriod.Refused refused) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("period", refused.code(), refused.arguments())));
        }
        List<OpennessProject> visible = findProjects.inPlan(plan, true);
        return EvaluationReport.of(plan, memberName(plan.memberSlug()), covered, today.startOf(covered.asOf().plusDays(1)),
                day, timeline, visible, projects.timelines(visible.stream().map(OpennessProject::id).toList()),
                progress.axes(plan));
    }

    private LocalizedText memberName(String slug) {
        return members.find(slug).map(m -> new LocalizedText(m.nameAr(), m.nameFr())).orElse(new LocalizedText(slug, slug));
    }
}
