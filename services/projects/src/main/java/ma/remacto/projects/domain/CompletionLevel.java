package ma.remacto.projects.domain;

/** The Independent Reporting Mechanism's completion levels of an OGP commitment. */
public enum CompletionLevel {
    NOT_STARTED,
    LIMITED,
    SUBSTANTIAL,
    COMPLETE
}
