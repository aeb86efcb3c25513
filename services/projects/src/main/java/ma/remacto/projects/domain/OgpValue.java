package ma.remacto.projects.domain;

/** The Open Government Partnership values a commitment is relevant to. */
public enum OgpValue {
    ACCESS_TO_INFORMATION,
    CIVIC_PARTICIPATION,
    PUBLIC_ACCOUNTABILITY,
    TECHNOLOGY_AND_INNOVATION
}
