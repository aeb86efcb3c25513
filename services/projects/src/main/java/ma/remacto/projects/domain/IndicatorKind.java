package ma.remacto.projects.domain;

/** Tracking (output) indicators measure what was done, impact indicators what changed. */
public enum IndicatorKind {
    OUTPUT,
    IMPACT
}
