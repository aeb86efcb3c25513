package ma.remacto.projects.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ma.remacto.projects.domain.Activity;
import ma.remacto.projects.domain.ActivityStatus;
import ma.remacto.projects.domain.Evidence;
import ma.remacto.projects.domain.Lateness;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.ProjectCard;
import ma.remacto.projects.domain.ProjectKind;

/** A project as the API shows it: its card, its schedule with each activity's lateness today, its progress. */
public record ProjectView(String id, String member, String planId, String period, ProjectKind kind, int position,
        ProjectCard card, List<ActivityView> activities, BigDecimal progress, int lateActivities, boolean published,
        boolean withdrawn, Instant createdAt, Instant updatedAt, long version) {

    public record ActivityView(String id, String title, LocalDate start, LocalDate end, BigDecimal weight,
            ActivityStatus status, int progress, Lateness lateness, List<Evidence> evidence, String responsibleService,
            BigDecimal estimatedCost) {

        static ActivityView of(Activity a, LocalDate today) {
            return new ActivityView(a.id(), a.title(), a.start(), a.end(), a.weight(), a.status(), a.progress(),
                    a.lateness(today), a.evidence(), a.responsibleService(), a.estimatedCost());
        }
    }

    static ProjectView of(OpennessProject p, LocalDate today) {
        List<ActivityView> activities = p.activities().stream().map(a -> ActivityView.of(a, today)).toList();
        int late = (int) activities.stream().filter(a -> a.lateness() != Lateness.ON_TIME).count();
        return new ProjectView(p.id(), p.memberSlug(), p.planId(), p.period(), p.kind(), p.position(), p.card(),
                activities, p.progress(), late, p.published(), p.withdrawn(), p.createdAt(), p.updatedAt(), p.version());
    }
}
