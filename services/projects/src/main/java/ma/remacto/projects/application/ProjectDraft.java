package ma.remacto.projects.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.remacto.projects.domain.CommitmentDetails;
import ma.remacto.projects.domain.Competence;
import ma.remacto.projects.domain.ExpectedResult;
import ma.remacto.projects.domain.IndicatorKind;
import ma.remacto.projects.domain.LocalizedText;
import ma.remacto.projects.domain.Principle;
import ma.remacto.projects.domain.ProjectProblem;

/** A project card as the committee submits it, its shape already checked by the API. */
public record ProjectDraft(String axisCode, LocalizedText title, ProjectProblem problem, List<String> proposedSolution,
        List<Principle> principles, Competence competence, Boolean linkedToActionProgramme,
        Boolean feasibleWithinPeriod, BigDecimal estimatedBudget, String fundingSource,
        List<ExpectedResult> expectedResults, List<IndicatorDraft> indicators, List<String> ideaIds,
        CommitmentDetails commitment) {

    public record IndicatorDraft(String id, IndicatorKind kind, String title, String unit, BigDecimal baseline,
            BigDecimal target, boolean qualitative) {
    }

    public record ActivityDraft(String id, String title, LocalDate start, LocalDate end, BigDecimal weight,
            String responsibleService, BigDecimal estimatedCost) {
    }
}
