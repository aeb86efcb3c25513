package ma.remacto.projects.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Activity;
import ma.remacto.projects.domain.Lateness;
import ma.remacto.projects.domain.LocalizedText;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.Progress;
import ma.remacto.projects.persistence.IdeationCopies;
import ma.remacto.projects.persistence.ProjectQuery;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/**
 * Where a plan stands on a given day: progress per project, per axis and for the plan, and the activities
 * that are late. The reader sees the projects they may see (published ones, or all for the member's staff).
 */
@Service
public class PlanProgress {

    private final FindPlans plans;
    private final ProjectRepository projects;
    private final IdeationCopies ideation;
    private final Visibility visibility;
    private final Today today;

    public PlanProgress(FindPlans plans, ProjectRepository projects, IdeationCopies ideation, Visibility visibility,
            Today today) {
        this.plans = plans;
        this.projects = projects;
        this.ideation = ideation;
        this.visibility = visibility;
        this.today = today;
    }

    public record ProjectProgress(String id, int position, LocalizedText title, String axisCode, BigDecimal progress,
            int activities, int lateActivities) {
    }

    public record AxisProgress(String axisId, String code, LocalizedText title, int projects, BigDecimal progress) {
    }

    public record LateActivity(String projectId, LocalizedText projectTitle, String activityId, String title,
            LocalDate start, LocalDate end, int progress, Lateness lateness) {
    }

    public record Report(String planId, String memberSlug, String period, String status, LocalDate asOf,
            BigDecimal progress, List<AxisProgress> axes, List<ProjectProgress> projects,
            List<LateActivity> lateActivities) {
    }

    public Report compute(String planId) {
        ActionPlan plan = plans.one(planId);
        LocalDate day = today.date();
        boolean all = visibility.seesEverythingOf(plan.memberSlug());
        List<OpennessProject> list = projects.all(ProjectQuery.ofPlan(plan.id(), !all));
        List<ProjectProgress> perProject = new ArrayList<>();
        List<LateActivity> late = new ArrayList<>();
        Map<String, List<BigDecimal>> byAxis = new LinkedHashMap<>();
        for (OpennessProject project : list) {
            int lateCount = 0;
            for (Activity activity : project.activities()) {
                Lateness lateness = activity.lateness(day);
                if (lateness != Lateness.ON_TIME) {
                    lateCount++;
                    late.add(new LateActivity(project.id(), project.card().title(), activity.id(), activity.title(),
                            activity.start(), activity.end(), activity.progress(), lateness));
                }
            }
            BigDecimal progress = project.progress();
            perProject.add(new ProjectProgress(project.id(), project.position(), project.card().title(),
                    project.card().axisCode(), progress, project.activities().size(), lateCount));
            byAxis.computeIfAbsent(project.card().axisId(), k -> new ArrayList<>()).add(progress);
        }
        List<AxisProgress> axes = new ArrayList<>();
        for (IdeationCopies.AxisCopy axis : ideation.axes(plan.memberSlug())) {
            if (!axis.programme().equals(plan.period())) {
                continue;
            }
            List<BigDecimal> values = byAxis.getOrDefault(axis.id(), List.of());
            axes.add(new AxisProgress(axis.id(), axis.code(), axis.title(), values.size(), Progress.mean(values)));
        }
        axes.sort(Comparator.comparing(AxisProgress::code));
        return new Report(plan.id(), plan.memberSlug(), plan.period(), plan.status().name(), day,
                Progress.mean(perProject.stream().map(ProjectProgress::progress).toList()), axes, perProject, late);
    }
}
