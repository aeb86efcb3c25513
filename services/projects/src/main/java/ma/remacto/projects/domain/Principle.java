package ma.remacto.projects.domain;

/** The openness principles a project serves (المبادئ). */
public enum Principle {
    TRANSPARENCY_AND_ACCOUNTABILITY,
    ACCESS_TO_INFORMATION,
    CITIZEN_PARTICIPATION,
    DIGITALISATION
}
