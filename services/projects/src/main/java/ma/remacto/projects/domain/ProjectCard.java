package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The project card (بطاقة المشروع) as the seeds' template has it: everything the committee writes about a
 * project, apart from its schedule. Yes/no answers are null when the card does not state them.
 */
public record ProjectCard(
        String axisId,
        String axisCode,
        LocalizedText title,
        ProjectProblem problem,
        List<String> proposedSolution,
        List<Principle> principles,
        Competence competence,
        Boolean linkedToActionProgramme,
        Boolean feasibleWithinPeriod,
        BigDecimal estimatedBudget,
        String fundingSource,
        List<ExpectedResult> expectedResults,
        List<Indicator> indicators,
        List<String> ideaIds,
        CommitmentDetails commitment) {

    public ProjectCard {
        proposedSolution = proposedSolution == null ? List.of() : List.copyOf(proposedSolution);
        principles = principles == null ? List.of() : List.copyOf(principles);
        expectedResults = expectedResults == null ? List.of() : List.copyOf(expectedResults);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        ideaIds = ideaIds == null ? List.of() : List.copyOf(ideaIds);
    }

    public ProjectCard withIndicators(List<Indicator> newIndicators) {
        return new ProjectCard(axisId, axisCode, title, problem, proposedSolution, principles, competence,
                linkedToActionProgramme, feasibleWithinPeriod, estimatedBudget, fundingSource, expectedResults,
                newIndicators, ideaIds, commitment);
    }

    public ProjectCard withCommitment(CommitmentDetails newCommitment) {
        return new ProjectCard(axisId, axisCode, title, problem, proposedSolution, principles, competence,
                linkedToActionProgramme, feasibleWithinPeriod, estimatedBudget, fundingSource, expectedResults,
                indicators, ideaIds, newCommitment);
    }
}
