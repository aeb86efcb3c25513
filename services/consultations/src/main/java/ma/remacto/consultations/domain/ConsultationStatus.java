package ma.remacto.consultations.domain;

/** The life of a public consultation (التشاور العمومي): SCHEDULED → OPEN → CLOSED → SUMMARY_PUBLISHED. */
public enum ConsultationStatus {
    SCHEDULED,
    OPEN,
    CLOSED,
    SUMMARY_PUBLISHED
}
