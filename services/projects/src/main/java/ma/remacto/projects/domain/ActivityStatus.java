package ma.remacto.projects.domain;

/** Where an activity stands. A cancelled activity leaves the project's progress (its weight is not counted). */
public enum ActivityStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
