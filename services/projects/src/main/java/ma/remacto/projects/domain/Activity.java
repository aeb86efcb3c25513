package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An activity (النشاط) of a project's schedule: dates, weight in % of the project, status, progress
 * and evidence. For an OGP commitment the activities are its milestones.
 */
public record Activity(String id, String title, LocalDate start, LocalDate end, BigDecimal weight,
        ActivityStatus status, int progress, List<Evidence> evidence, String responsibleService,
        BigDecimal estimatedCost) {

    public Activity {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Lateness lateness(LocalDate today) {
        if (status.isFinished()) {
            return Lateness.ON_TIME;
        }
        if (end.isBefore(today)) {
            return Lateness.OVERDUE;
        }
        if (start.isBefore(today) && progress == 0 && status == ActivityStatus.PLANNED) {
            return Lateness.NOT_STARTED;
        }
        return Lateness.ON_TIME;
    }

    /** The schedule changed: the plan-level fields are replaced, what execution recorded stays. */
    public Activity rescheduled(String newTitle, LocalDate newStart, LocalDate newEnd, BigDecimal newWeight,
            String newResponsibleService, BigDecimal newEstimatedCost) {
        return new Activity(id, newTitle, newStart, newEnd, newWeight, status, progress, evidence, newResponsibleService,
                newEstimatedCost);
    }

    /** The activity as it stood at an earlier moment: that status and progress, the rest as it is now. */
    public Activity at(ProgressMark mark) {
        return new Activity(id, title, start, end, weight, mark.status(), mark.progress(), evidence, responsibleService,
                estimatedCost);
    }

    public Activity progressed(ActivityStatus newStatus, int newProgress, List<Evidence> addedEvidence) {
        List<Evidence> all = new ArrayList<>(evidence);
        all.addAll(addedEvidence);
        return new Activity(id, title, start, end, weight, newStatus, newProgress, all, responsibleService,
                estimatedCost);
    }
}
