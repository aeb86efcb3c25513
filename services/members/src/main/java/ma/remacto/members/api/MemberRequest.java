package ma.remacto.members.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import ma.remacto.members.domain.CommitteeSeat;
import ma.remacto.members.domain.LocalizedText;
import ma.remacto.members.domain.MemberCard;
import ma.remacto.members.domain.MemberKind;

/** A member's card as an administrator submits it; validated here, before the domain sees it. */
public record MemberRequest(
        @Pattern(regexp = SLUG) @Size(min = 2, max = 64) String slug,
        // Text, not the enum, so a wrong kind is reported together with every other invalid field.
        @NotNull @Pattern(regexp = "REGION|PROVINCE|COMMUNE") String kind,
        @NotNull @Valid Text name,
        @Pattern(regexp = SLUG) @Size(max = 64) String regionSlug,
        @Pattern(regexp = SLUG) @Size(max = 64) String provinceSlug,
        @NotNull @PositiveOrZero @Max(100_000_000) Long population,
        @Min(1900) @Max(2100) Integer populationCensusYear,
        Boolean hasArrondissements,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Valid Text pointOfContactRole,
        @Size(max = 30) List<@NotNull @Valid Seat> committee,
        @PastOrPresent LocalDate joinedOn) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    public record Text(@NotBlank @Size(max = 200) String ar, @NotBlank @Size(max = 200) String fr) {

        LocalizedText toDomain() {
            return new LocalizedText(ar.strip(), fr.strip());
        }
    }

    public record Seat(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}") String role, @NotNull @Valid Text roleLabel,
            @NotNull @Min(1) @Max(100) Integer seats) {
    }

    MemberCard toCard() {
        return new MemberCard(MemberKind.valueOf(kind), name.toDomain(), regionSlug, provinceSlug, population, populationCensusYear,
                Boolean.TRUE.equals(hasArrondissements), contactEmail.strip(),
                pointOfContactRole == null ? null : pointOfContactRole.toDomain(),
                committee == null ? List.of()
                        : committee.stream().map(s -> new CommitteeSeat(s.role(), s.roleLabel().toDomain(), s.seats()))
                                .toList(),
                joinedOn);
    }
}
