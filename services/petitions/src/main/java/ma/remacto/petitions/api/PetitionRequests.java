package ma.remacto.petitions.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ma.remacto.petitions.domain.Association;
import ma.remacto.petitions.domain.LocalizedText;

/** What clients send about petitions, validated before any use case runs. */
public final class PetitionRequests {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String COUNCIL_STEPS = "ADMISSIBLE|INADMISSIBLE|IN_COMMITTEE|ON_SESSION_AGENDA|DECIDED|AGENT_NOTIFIED";
    static final int LONG_TEXT = 4000;

    private PetitionRequests() {
    }

    /** A text in Arabic (required) and French. */
    public record Text(@NotBlank @Size(max = 300) String ar, @Size(max = 300) String fr) {

        LocalizedText toDomain() {
            return new LocalizedText(ar.strip(), fr == null || fr.isBlank() ? null : fr.strip());
        }
    }

    public record AssociationBody(
            @NotBlank @Size(max = 300) String name,
            LocalDate foundedOn,
            Boolean establishedInMorocco,
            Boolean democraticallyRun,
            Boolean goodStanding,
            Boolean seatOrBranchInTerritory,
            Boolean activityRelated) {

        Association toDomain() {
            return new Association(name.strip(), foundedOn, establishedInMorocco, democraticallyRun, goodStanding,
                    seatOrBranchInTerritory, activityRelated);
        }
    }

    public record Draft(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String member,
            @NotBlank @Pattern(regexp = "CITIZENS|ASSOCIATION") String petitionerKind,
            @Valid AssociationBody association,
            @Valid @NotNull Text title,
            @NotBlank @Size(max = LONG_TEXT) String subject,
            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> requests) {
    }

    public record Edit(
            @Valid @NotNull Text title,
            @NotBlank @Size(max = LONG_TEXT) String subject,
            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> requests) {
    }

    public record Residence(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String provinceSlug,
            @NotBlank @Pattern(regexp = "RESIDENT|ECONOMIC_INTEREST|PROFESSIONAL_INTEREST") String declaration) {
    }

    /** The CNIE is checked and normalised by the use case; its value never comes back in a problem. */
    public record Signature(@NotBlank @Size(max = 32) String cnie, @Valid @NotNull Residence residence) {
    }

    public record CouncilStep(
            @NotBlank @Pattern(regexp = COUNCIL_STEPS) String to,
            LocalDate date,
            @Size(max = 300) String committee,
            @Valid Text session,
            LocalDate sessionDate,
            @Size(max = LONG_TEXT) String decision,
            @Size(max = LONG_TEXT) String reasons) {
    }

    public record Past(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String member,
            @NotBlank @Size(max = 300) String associationName,
            @Valid @NotNull Text title,
            @NotBlank @Size(max = LONG_TEXT) String subject,
            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> requests,
            @Size(max = LONG_TEXT) String remarks,
            @Size(max = 300) String committee,
            @Size(max = LONG_TEXT) String committeeRecommendation,
            @Valid Text session,
            LocalDate sessionDate,
            LocalDate filedOn,
            LocalDate admissibleOn,
            @Size(max = LONG_TEXT) String decision,
            LocalDate decidedOn,
            LocalDate agentNotifiedOn,
            @Size(max = LONG_TEXT) String inadmissibilityReasons,
            @NotBlank @Pattern(regexp = "FILED|" + COUNCIL_STEPS) String status) {
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> strip(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }
}
