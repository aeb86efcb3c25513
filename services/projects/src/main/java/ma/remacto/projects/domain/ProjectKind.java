package ma.remacto.projects.domain;

/** An openness project (مشروع الانفتاح) or an OGP commitment (الالتزام), whose activities are its milestones. */
public enum ProjectKind {
    PROJECT,
    COMMITMENT
}
