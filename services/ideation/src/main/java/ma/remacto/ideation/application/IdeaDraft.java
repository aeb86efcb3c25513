package ma.remacto.ideation.application;

import ma.remacto.ideation.domain.SubmitterProfile;

/** The content of a new idea, already validated for shape by the API. */
public record IdeaDraft(String axisId, String axisCode, String category, String problem, String proposedSolution,
        String note, SubmitterProfile profile) {
}
