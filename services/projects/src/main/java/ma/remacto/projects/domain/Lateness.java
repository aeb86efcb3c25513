package ma.remacto.projects.domain;

/** How an activity stands against its dates on a given day. */
public enum Lateness {
    ON_TIME,
    /** Its start date has passed and nothing has been done. */
    NOT_STARTED,
    /** Its end date has passed and it is not finished. */
    OVERDUE
}
