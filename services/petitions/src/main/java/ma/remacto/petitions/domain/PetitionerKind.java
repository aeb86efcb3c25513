package ma.remacto.petitions.domain;

/** Who petitions: citizens represented by their agent (وكيل), or an association in its own name. */
public enum PetitionerKind {
    CITIZENS,
    ASSOCIATION
}
