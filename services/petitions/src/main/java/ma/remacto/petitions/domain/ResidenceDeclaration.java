package ma.remacto.petitions.domain;

/** Why a signatory may sign: living in the territory, or an economic, commercial or professional interest there. */
public enum ResidenceDeclaration {
    RESIDENT,
    ECONOMIC_INTEREST,
    PROFESSIONAL_INTEREST
}
