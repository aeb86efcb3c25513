package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an evaluation report of a plan says (تقرير التقييم): the plan and its member, the period covered, where
 * the plan's projects stood at the end of it (per project, per axis, for the plan), the activities late that
 * day, each indicator's latest measurement by then, and the amendments recorded by then.
 *
 * <p>"By then" is {@code end}, the first instant after the reported day: a project formulated later is not in
 * the report, one withdrawn later still is; each activity has the status and progress last recorded before it.
 *
 * @param statusAtEnd the plan's status at the end of the period
 */
public record EvaluationReport(ActionPlan plan, LocalizedText memberName, ReportPeriod period, LocalDate generatedOn,
        PlanStatus statusAtEnd, ProgressRollUp progress, List<ProjectLine> projects, List<LateLine> lateActivities,
        List<IndicatorLine> indicators, List<Amendment> amendments) {

    /** A project's line: its progress, how many of its activities were done (of how many), its budget. */
    public record ProjectLine(ProgressRollUp.ProjectProgress progress, int activitiesDone, BigDecimal budget) {
    }

    /** A late activity and by how many days: since its end if overdue, since its start if not started. */
    public record LateLine(ProgressRollUp.LateActivity activity, long daysLate) {
    }

    /** An indicator of a project with its latest measurement dated on or before the reported day (null if none). */
    public record IndicatorLine(LocalizedText projectTitle, Indicator indicator, Measurement latest) {
    }

    public static EvaluationReport of(ActionPlan plan, LocalizedText memberName, ReportPeriod period, Instant end,
            LocalDate generatedOn, PlanTimeline planTimeline, List<OpennessProject> projects,
            Map<String, ProjectTimeline> timelines, List<PlanAxis> axes) {
        LocalDate day = period.asOf();
        List<OpennessProject> then = new ArrayList<>();
        for (OpennessProject project : projects) {
            ProjectTimeline timeline = timelines.getOrDefault(project.id(), ProjectTimeline.EMPTY);
            if (timeline.inPlanBefore(project, end)) {
                then.add(timeline.asOf(project, end));
            }
        }
        ProgressRollUp rollUp = ProgressRollUp.of(then, axes, day);
        Map<String, OpennessProject> byId = then.stream()
                .collect(Collectors.toMap(OpennessProject::id, Function.identity()));
        List<ProjectLine> lines = rollUp.projects().stream().map(p -> new ProjectLine(p,
                (int) byId.get(p.id()).activities().stream().filter(a -> a.status() == ActivityStatus.DONE).count(),
                byId.get(p.id()).card().estimatedBudget())).toList();
        List<LateLine> late = rollUp.lateActivities().stream().map(a -> new LateLine(a,
                ChronoUnit.DAYS.between(a.lateness() == Lateness.OVERDUE ? a.end() : a.start(), day))).toList();
        List<IndicatorLine> indicators = then.stream().flatMap(p -> p.card().indicators().stream()
                .map(i -> new IndicatorLine(p.card().title(), i, latest(i, day)))).toList();
        List<Amendment> amendments = plan.amendments().stream().filter(a -> a.openedAt().isBefore(end))
                .map(a -> a.closedAt() != null && a.closedAt().isBefore(end) ? a
                        : new Amendment(a.number(), a.reason(), a.openedAt(), null))
                .toList();
        return new EvaluationReport(plan, memberName, period, generatedOn, planTimeline.statusBefore(end), rollUp, lines,
                late, indicators, amendments);
    }

    /** Measurements are kept in date order; of two on the same day, the later recorded counts. */
    private static Measurement latest(Indicator indicator, LocalDate day) {
        Measurement latest = null;
        for (Measurement m : indicator.measurements()) {
            if (!m.date().isAfter(day)) {
                latest = m;
            }
        }
        return latest;
    }

    /** The total estimated budget of the projects in the report (those without a budget count nothing). */
    public BigDecimal totalBudget() {
        return projects.stream().map(ProjectLine::budget).filter(b -> b != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
