package ma.remacto.consultations.domain;

/** SCALE: 1 to 5; CHOICE: one of the question's choices; TEXT: free text, shown to the member's staff only. */
public enum QuestionKind {
    SCALE,
    CHOICE,
    TEXT
}
