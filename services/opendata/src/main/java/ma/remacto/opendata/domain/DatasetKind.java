package ma.remacto.opendata.domain;

/** The kinds of public records the network publishes; each has its row schema (a Frictionless Table Schema). */
public enum DatasetKind {
    IDEAS,
    PROJECTS,
    ACTIVITIES,
    PLANS,
    CONSULTATIONS,
    MEETINGS,
    PETITIONS,
    STATISTICS
}
