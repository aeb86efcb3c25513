package ma.remacto.consultations.domain;

/** Where a co-preparation stage stands today. */
public enum StageStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    LATE
}
