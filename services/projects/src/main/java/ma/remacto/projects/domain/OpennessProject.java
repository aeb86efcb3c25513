package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An openness project (مشروع الانفتاح) of a member's action plan, or an OGP commitment of a region's plan:
 * its card, its weighted schedule and whether the public may see it.
 */
public record OpennessProject(
        String id,
        String memberSlug,
        String planId,
        String period,
        ProjectKind kind,
        int position,
        ProjectCard card,
        List<Activity> activities,
        boolean published,
        boolean withdrawn,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public OpennessProject {
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    public BigDecimal progress() {
        return Progress.ofActivities(activities);
    }

    public boolean isPublic() {
        return published && !withdrawn;
    }

    public OpennessProject withCard(ProjectCard newCard, Instant at) {
        return new OpennessProject(id, memberSlug, planId, period, kind, position, newCard, activities, published,
                withdrawn, createdAt, at, version + 1);
    }

    public OpennessProject withActivities(List<Activity> newActivities, Instant at) {
        return new OpennessProject(id, memberSlug, planId, period, kind, position, card, newActivities, published,
                withdrawn, createdAt, at, version + 1);
    }

    /** The same project with its activities as they stood at an earlier moment: a view, not a change (same version). */
    public OpennessProject withPastActivities(List<Activity> past) {
        return new OpennessProject(id, memberSlug, planId, period, kind, position, card, past, published, withdrawn,
                createdAt, updatedAt, version);
    }

    public OpennessProject withPublication(boolean newPublished, Instant at) {
        return new OpennessProject(id, memberSlug, planId, period, kind, position, card, activities, newPublished,
                withdrawn, createdAt, at, version + 1);
    }

    public OpennessProject withdraw(Instant at) {
        return new OpennessProject(id, memberSlug, planId, period, kind, position, card, activities, false, true,
                createdAt, at, version + 1);
    }
}
