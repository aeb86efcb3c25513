package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a plan's projects stand on a given day: progress per project, per axis and for the plan (see
 * {@link Progress}), and the activities late that day. The same roll-up serves today's progress and the
 * evaluation reports, which feed it the projects as they stood at the end of the period.
 */
public record ProgressRollUp(LocalDate day, BigDecimal progress, List<AxisProgress> axes,
        List<ProjectProgress> projects, List<LateActivity> lateActivities) {

    public record ProjectProgress(String id, int position, LocalizedText title, String axisCode, BigDecimal progress,
            int activities, int lateActivities) {
    }

    public record AxisProgress(String axisId, String code, LocalizedText title, int projects, BigDecimal progress) {
    }

    public record LateActivity(String projectId, LocalizedText projectTitle, String activityId, String title,
            LocalDate start, LocalDate end, int progress, Lateness lateness) {
    }

    /** @param axes the plan's axes, listed in code order whether or not a project is filed under them */
    public static ProgressRollUp of(List<OpennessProject> projects, List<PlanAxis> axes, LocalDate day) {
        List<ProjectProgress> perProject = new ArrayList<>();
        List<LateActivity> late = new ArrayList<>();
        Map<String, List<BigDecimal>> byAxis = new LinkedHashMap<>();
        for (OpennessProject project : projects) {
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
        List<AxisProgress> perAxis = new ArrayList<>();
        for (PlanAxis axis : axes) {
            List<BigDecimal> values = byAxis.getOrDefault(axis.id(), List.of());
            perAxis.add(new AxisProgress(axis.id(), axis.code(), axis.title(), values.size(), Progress.mean(values)));
        }
        perAxis.sort(Comparator.comparing(AxisProgress::code));
        return new ProgressRollUp(day, Progress.mean(perProject.stream().map(ProjectProgress::progress).toList()),
                perAxis, perProject, late);
    }
}
