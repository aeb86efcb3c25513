package ma.remacto.projects.domain;

/** A communal openness programme lists openness projects; a region's OGP plan lists commitments. */
public enum PlanFormat {
    STANDARD,
    OGP;

    public ProjectKind projectKind() {
        return this == OGP ? ProjectKind.COMMITMENT : ProjectKind.PROJECT;
    }
}
