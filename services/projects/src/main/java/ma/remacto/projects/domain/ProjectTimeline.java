package ma.remacto.projects.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What a project's history tells of its past: every progress report, and when the project was withdrawn if
 * it was. The history names the card and schedule fields an edit changed, not their former values, so a past
 * state is the current schedule with each activity's status and progress as they had been recorded by then.
 */
public record ProjectTimeline(List<ProgressRecord> progress, Instant withdrawnAt) {

    public static final ProjectTimeline EMPTY = new ProjectTimeline(List.of(), null);

    public ProjectTimeline {
        progress = progress == null ? List.of()
                : progress.stream().sorted(Comparator.comparing(ProgressRecord::at)).toList();
    }

    /** Whether the project belonged to its plan just before {@code end}: formulated before it, not yet withdrawn. */
    public boolean inPlanBefore(OpennessProject project, Instant end) {
        return project.createdAt().isBefore(end) && (withdrawnAt == null || !withdrawnAt.isBefore(end));
    }

    /** The project with every activity as it stood just before {@code end}. */
    public OpennessProject asOf(OpennessProject project, Instant end) {
        return project.withPastActivities(project.activities().stream().map(a -> a.at(markBefore(a, end))).toList());
    }

    /**
     * The last mark recorded before {@code end}; if every report came later, the state the first one started
     * from; with no report at all, the activity has not moved since it was scheduled.
     */
    ProgressMark markBefore(Activity activity, Instant end) {
        ProgressMark last = null;
        for (ProgressRecord record : progress) {
            if (!record.activityId().equals(activity.id())) {
                continue;
            }
            if (!record.at().isBefore(end)) {
                return last != null ? last : record.from();
            }
            last = record.to();
        }
        return last != null ? last : ProgressMark.of(activity);
    }
}
