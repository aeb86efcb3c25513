package ma.remacto.projects.domain;

import java.time.Instant;

/** One recorded progress report on an activity: when it was recorded, and the activity's mark before and after. */
public record ProgressRecord(String activityId, Instant at, ProgressMark from, ProgressMark to) {
}
