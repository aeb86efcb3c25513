package ma.remacto.projects.domain;

/**
 * The three results every openness programme aims at: better services and programmes, trust between
 * citizens and the member, citizens as partners in finding needs and solutions.
 */
public enum ProgrammeObjective {
    SERVICE_QUALITY,
    TRUST,
    CITIZEN_PARTNERSHIP
}
