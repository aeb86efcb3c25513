package ma.remacto.projects.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What a plan's history tells of its past: when it moved from one status to another. */
public record PlanTimeline(List<StatusChange> changes) {

    public record StatusChange(Instant at, PlanStatus to) {
    }

    public PlanTimeline {
        changes = changes == null ? List.of() : changes.stream().sorted(Comparator.comparing(StatusChange::at)).toList();
    }

    /** The status the plan had just before {@code end}; a plan is drafted first. */
    public PlanStatus statusBefore(Instant end) {
        PlanStatus status = PlanStatus.DRAFT;
        for (StatusChange change : changes) {
            if (!change.at().isBefore(end)) {
                break;
            }
            status = change.to();
        }
        return status;
    }

    /** When the plan was closed, if it is. */
    public Optional<Instant> closedAt() {
        return changes.stream().filter(c -> c.to() == PlanStatus.CLOSED).map(StatusChange::at).reduce((a, b) -> b);
    }
}
