package ma.remacto.projects.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import ma.remacto.projects.domain.PlanStatus;
import ma.remacto.projects.domain.PlanTimeline;
import ma.remacto.projects.domain.ProgressMark;
import ma.remacto.projects.domain.ProgressRecord;
import ma.remacto.projects.domain.ProjectTimeline;

import org.bson.Document;

/**
 * Reads the past of plans and projects back from their history entries (written by the use cases with
 * {@code History.entry}): status changes of a plan; progress reports and the withdrawal of a project.
 * Entries of other actions, or not in the expected shape, tell nothing about progress and are passed over.
 */
final class Timelines {

    private static final String ACTIVITY_FIELD = "activities.";

    private Timelines() {
    }

    static PlanTimeline plan(List<Document> history) {
        List<PlanTimeline.StatusChange> changes = new ArrayList<>();
        for (Document entry : history) {
            if ("STATUS_CHANGED".equals(entry.getString("action")) && entry.get("to") instanceof String to) {
                at(entry).ifPresent(at -> changes.add(new PlanTimeline.StatusChange(at, PlanStatus.valueOf(to))));
            }
        }
        return new PlanTimeline(changes);
    }

    static ProjectTimeline project(List<Document> history) {
        List<ProgressRecord> progress = new ArrayList<>();
        Instant withdrawnAt = null;
        for (Document entry : history) {
            String action = entry.getString("action");
            Optional<Instant> at = at(entry);
            if (at.isEmpty()) {
                continue;
            }
            if ("WITHDRAWN".equals(action)) {
                withdrawnAt = at.get();
            } else if ("PROGRESS_RECORDED".equals(action)) {
                List<String> fields = entry.getList("fields", String.class, List.of());
                Optional<ProgressMark> from = ProgressMark.parse(entry.get("from"));
                Optional<ProgressMark> to = ProgressMark.parse(entry.get("to"));
                if (fields.size() == 1 && fields.get(0).startsWith(ACTIVITY_FIELD) && from.isPresent() && to.isPresent()) {
                    progress.add(new ProgressRecord(fields.get(0).substring(ACTIVITY_FIELD.length()), at.get(), from.get(),
                            to.get()));
                }
            }
        }
        return new ProjectTimeline(progress, withdrawnAt);
    }

    private static Optional<Instant> at(Document entry) {
        return entry.get("at") instanceof Date date ? Optional.of(date.toInstant()) : Optional.empty();
    }
}
