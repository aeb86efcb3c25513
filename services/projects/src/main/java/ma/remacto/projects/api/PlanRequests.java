package ma.remacto.projects.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ma.remacto.projects.domain.CouncilAdoption;
import ma.remacto.projects.domain.LocalizedText;

/** What clients send about plans, validated before any use case runs. */
public final class PlanRequests {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String STATUSES = "DRAFT|IN_CONSULTATION|ADOPTED|IN_EXECUTION|CLOSED";

    private PlanRequests() {
    }

    /** A text in Arabic (required) and French. */
    public record Text(@NotBlank @Size(max = 300) String ar, @Size(max = 300) String fr) {

        LocalizedText toDomain() {
            return new LocalizedText(ar.strip(), fr == null || fr.isBlank() ? null : fr.strip());
        }
    }

    public record Draft(
            @NotBlank @Pattern(regexp = SLUG) String member,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}") String period,
            LocalDate startDate,
            LocalDate endDate,
            @Pattern(regexp = "STANDARD|OGP") String format,
            @Valid @NotNull Text title) {
    }

    public record Edit(@Valid @NotNull Text title, @NotNull LocalDate startDate, @NotNull LocalDate endDate) {
    }

    public record Adoption(@Valid @NotNull Text session, @NotNull LocalDate date) {

        CouncilAdoption toDomain() {
            return new CouncilAdoption(session.toDomain(), date);
        }
    }

    public record StatusChange(
            @NotBlank @Pattern(regexp = STATUSES) String to,
            @Size(max = 64) String consultationId,
            @Valid Adoption adoption,
            @Size(max = 10000) String evaluation,
            @Size(max = 2000) String reason) {
    }

    public record AmendmentOpening(@NotBlank @Size(max = 2000) String reason) {
    }
}
