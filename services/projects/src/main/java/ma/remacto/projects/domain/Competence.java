package ma.remacto.projects.domain;

/** Under which of the member's competences the solution falls: own, shared with the State, or transferred. */
public enum Competence {
    OWN,
    SHARED,
    TRANSFERRED
}
