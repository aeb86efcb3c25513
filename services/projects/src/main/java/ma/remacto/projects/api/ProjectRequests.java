package ma.remacto.projects.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import ma.remacto.projects.application.ProjectDraft;
import ma.remacto.projects.domain.CommitmentDetails;
import ma.remacto.projects.domain.Competence;
import ma.remacto.projects.domain.CompletionLevel;
import ma.remacto.projects.domain.Evidence;
import ma.remacto.projects.domain.EvidenceKind;
import ma.remacto.projects.domain.ExpectedResult;
import ma.remacto.projects.domain.IndicatorKind;
import ma.remacto.projects.domain.OgpValue;
import ma.remacto.projects.domain.Principle;
import ma.remacto.projects.domain.ProgrammeObjective;
import ma.remacto.projects.domain.ProjectProblem;

/**
 * What clients send about projects, validated before any use case runs. Limits are part of the API
 * contract; texts are stored as typed (HTML is data, every reader escapes it).
 */
public final class ProjectRequests {

    public static final int LINE_MAX = 2000;
    public static final int LINES_MAX = 100;
    public static final int ACTIVITIES_MAX = 200;
    static final String ID = "[0-9a-zA-Z-]{1,64}";

    private ProjectRequests() {
    }

    public record Problem(
            @Size(max = LINES_MAX) List<@NotBlank @Size(max = LINE_MAX) String> issues,
            @Size(max = LINES_MAX) List<@NotBlank @Size(max = LINE_MAX) String> causes,
            @Size(max = LINES_MAX) List<@NotBlank @Size(max = LINE_MAX) String> consequences) {
    }

    public record Result(
            @NotBlank @Pattern(regexp = "SERVICE_QUALITY|TRUST|CITIZEN_PARTNERSHIP") String objective,
            @Size(max = 4000) String contribution) {
    }

    public record IndicatorRequest(
            @Pattern(regexp = ID) String id,
            @NotBlank @Pattern(regexp = "OUTPUT|IMPACT") String kind,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 50) String unit,
            @Decimal(signed = true) String baseline,
            @Decimal(signed = true) String target,
            Boolean qualitative) {
    }

    public record Commitment(
            @Size(max = 300) String leadInstitution,
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> supportActors,
            List<@Pattern(regexp = "ACCESS_TO_INFORMATION|CIVIC_PARTICIPATION|PUBLIC_ACCOUNTABILITY|TECHNOLOGY_AND_INNOVATION") String> ogpValues,
            @Size(max = 10000) String description,
            @Size(max = 10000) String expectedResults) {
    }

    /** The project card (بطاقة المشروع). */
    public record Card(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,10}") String axisCode,
            @Valid @NotNull PlanRequests.Text title,
            @Valid Problem problem,
            @Size(max = LINES_MAX) List<@NotBlank @Size(max = LINE_MAX) String> proposedSolution,
            List<@Pattern(regexp = "TRANSPARENCY_AND_ACCOUNTABILITY|ACCESS_TO_INFORMATION|CITIZEN_PARTICIPATION|DIGITALISATION") String> principles,
            @Pattern(regexp = "OWN|SHARED|TRANSFERRED") String competence,
            Boolean linkedToActionProgramme,
            Boolean feasibleWithinPeriod,
            @Decimal String estimatedBudget,
            @Size(max = 500) String fundingSource,
            @Size(max = 3) List<@Valid @NotNull Result> expectedResults,
            @Size(max = 50) List<@Valid @NotNull IndicatorRequest> indicators,
            @Size(max = 500) List<@NotBlank @Pattern(regexp = ID) String> ideaIds,
            @Valid Commitment commitment) {

        ProjectDraft toDraft() {
            Problem p = problem == null ? new Problem(null, null, null) : problem;
            return new ProjectDraft(axisCode, title.toDomain(), new ProjectProblem(p.issues(), p.causes(), p.consequences()),
                    proposedSolution, enums(principles, Principle.class), competence == null ? null : Competence.valueOf(competence),
                    linkedToActionProgramme, feasibleWithinPeriod, decimal(estimatedBudget), blankToNull(fundingSource),
                    expectedResults == null ? List.of() : expectedResults.stream()
                            .map(r -> new ExpectedResult(ProgrammeObjective.valueOf(r.objective()), r.contribution())).toList(),
                    indicators == null ? List.of() : indicators.stream().map(i -> new ProjectDraft.IndicatorDraft(i.id(),
                            IndicatorKind.valueOf(i.kind()), i.title().strip(), blankToNull(i.unit()), decimal(i.baseline()),
                            decimal(i.target()), Boolean.TRUE.equals(i.qualitative()))).toList(),
                    ideaIds == null ? List.of() : ideaIds,
                    commitment == null ? null : new CommitmentDetails(blankToNull(commitment.leadInstitution()),
                            commitment.supportActors(), enums(commitment.ogpValues(), OgpValue.class),
                            CompletionLevel.NOT_STARTED, blankToNull(commitment.description()),
                            blankToNull(commitment.expectedResults())));
        }
    }

    public record ActivityRequest(
            @Pattern(regexp = ID) String id,
            @NotBlank @Size(max = LINE_MAX) String title,
            @NotNull LocalDate start,
            @NotNull LocalDate end,
            @NotNull @Decimal String weight,
            @Size(max = 200) String responsibleService,
            @Decimal String estimatedCost) {

        ProjectDraft.ActivityDraft toDraft() {
            return new ProjectDraft.ActivityDraft(id, title.strip(), start, end, decimal(weight),
                    blankToNull(responsibleService), decimal(estimatedCost));
        }
    }

    public record Formulation(
            @NotBlank @Pattern(regexp = ID) String planId,
            @Valid @NotNull Card card,
            @NotEmpty @Size(max = ACTIVITIES_MAX) List<@Valid @NotNull ActivityRequest> activities,
            Boolean published) {
    }

    public record Schedule(@NotEmpty @Size(max = ACTIVITIES_MAX) List<@Valid @NotNull ActivityRequest> activities) {
    }

    public record EvidenceRequest(
            @NotBlank @Pattern(regexp = "LINK|FILE") String kind,
            @Size(max = 300) String title,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
            @Size(max = 255) String fileName,
            @Size(max = 100) String mediaType,
            @PositiveOrZero Long sizeBytes) {

        Evidence toDomain() {
            return new Evidence(EvidenceKind.valueOf(kind), blankToNull(title), blankToNull(url), blankToNull(fileName),
                    blankToNull(mediaType), sizeBytes);
        }
    }

    public record ProgressReport(
            @NotNull @Min(0) @Max(100) Integer progress,
            @Pattern(regexp = "PLANNED|IN_PROGRESS|DONE|CANCELLED") String status,
            @Size(max = 20) List<@Valid @NotNull EvidenceRequest> evidence,
            @Size(max = 2000) String note) {
    }

    public record MeasurementRequest(
            @NotNull LocalDate date,
            @Decimal(signed = true) String value,
            @Size(max = 2000) String observation) {
    }

    public record Publication(@NotNull Boolean published) {
    }

    public record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    public record CompletionAssessment(
            @NotBlank @Pattern(regexp = "NOT_STARTED|LIMITED|SUBSTANTIAL|COMPLETE") String completion,
            @Size(max = 2000) String reason) {
    }

    static BigDecimal decimal(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> List<E> enums(List<String> values, Class<E> type) {
        return values == null ? List.of() : values.stream().distinct().map(v -> Enum.valueOf(type, v)).toList();
    }
}
