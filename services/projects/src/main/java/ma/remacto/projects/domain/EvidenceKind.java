package ma.remacto.projects.domain;

/** Evidence of an activity is a link, or a file of which only the metadata is kept here. */
public enum EvidenceKind {
    LINK,
    FILE
}
