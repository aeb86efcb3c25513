package ma.remacto.consultations.domain;

/** A contributor's position on an item of the draft. */
public enum Position {
    AGREE,
    DISAGREE
}
