package ma.remacto.ideation.domain;

/** Where an idea came from (المصدر). */
public enum IdeaSource {
    DIGITAL,
    LIVE_WORKSHOP,
    CONSULTATIVE_BODY,
    PETITION,
    CONSULTATION
}
