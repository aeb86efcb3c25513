package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Plans, projects and activities built directly, for the pure tests of the domain and of the report page. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Activity activity(String id, String title, LocalDate start, LocalDate end, int weight,
            ActivityStatus status, int progress) {
        return new Activity(id, title, start, end, BigDecimal.valueOf(weight), status, progress, List.of(), null, null);
    }

    public static ProjectCard card(String axisId, String axisCode, LocalizedText title, String budget,
            List<Indicator> indicators) {
        return new ProjectCard(axisId, axisCode, title, new ProjectProblem(List.of(), List.of(), List.of()), List.of(),
                List.of(), Competence.OWN, true, true, budget == null ? null : new BigDecimal(budget), null, List.of(),
                indicators, List.of(), null);
    }

    public static OpennessProject project(String id, int position, ProjectCard card, Instant createdAt,
            List<Activity> activities) {
        return new OpennessProject(id, "beni-ansar", "plan-1", "2024-2025", ProjectKind.PROJECT, position, card,
                activities, true, false, createdAt, createdAt, 1);
    }

    public static ActionPlan plan(LocalDate start, LocalDate end, PlanStatus status, CouncilAdoption adoption,
            List<Amendment> amendments) {
        return new ActionPlan("plan-1", "beni-ansar", "2024-2025", start, end, PlanFormat.STANDARD,
                new LocalizedText("برنامج عمل انفتاح جماعة بني أنصار", "Programme d'action d'ouverture de Beni Ansar"),
                status, null, adoption, amendments, null, Instant.parse("2024-01-02T09:00:00Z"),
                Instant.parse("2024-01-02T09:00:00Z"), 1);
    }

    public static ProgressRecord record(String activityId, Instant at, ActivityStatus fromStatus, int from,
            ActivityStatus toStatus, int to) {
        return new ProgressRecord(activityId, at, new ProgressMark(fromStatus, from), new ProgressMark(toStatus, to));
    }
}
