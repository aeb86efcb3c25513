package ma.remacto.consultations.domain;

/** DRAFT (staff prepare it) → OPEN (answers accepted) → CLOSED. */
public enum SurveyStatus {
    DRAFT,
    OPEN,
    CLOSED
}
