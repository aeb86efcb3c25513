package ma.remacto.projects.domain;

import java.util.List;

/** The problem a project answers: its main issues, their causes, and what happens if nothing is done. */
public record ProjectProblem(List<String> issues, List<String> causes, List<String> consequences) {

    public ProjectProblem {
        issues = issues == null ? List.of() : List.copyOf(issues);
        causes = causes == null ? List.of() : List.copyOf(causes);
        consequences = consequences == null ? List.of() : List.copyOf(consequences);
    }
}
