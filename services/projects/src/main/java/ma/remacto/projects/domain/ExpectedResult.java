package ma.remacto.projects.domain;

/** How the project contributes to one of the programme's objectives. */
public record ExpectedResult(ProgrammeObjective objective, String contribution) {
}
