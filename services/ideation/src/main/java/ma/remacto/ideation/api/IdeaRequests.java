package ma.remacto.ideation.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import ma.remacto.ideation.application.IdeaDraft;
import ma.remacto.ideation.domain.SubmitterProfile;

/**
 * What clients send, validated here before any use case runs. Texts are kept as typed (HTML
 * included: it is data, and every reader escapes it); limits are part of the API contract.
 */
public final class IdeaRequests {

    public static final int PROBLEM_MAX = 2000;
    public static final int SOLUTION_MAX = 2000;
    public static final int NOTE_MAX = 1000;
    public static final int CATEGORY_MAX = 100;
    public static final int BATCH_MAX = 500;
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private IdeaRequests() {
    }

    public record Profile(
            @Pattern(regexp = "CITIZEN|ASSOCIATION|PRIVATE_SECTOR|PUBLIC_SECTOR|ACADEMIC|OTHER") String participantType,
            @Pattern(regexp = "FEMALE|MALE") String gender,
            @Pattern(regexp = "UNDER_18|FROM_18_TO_24|FROM_25_TO_34|FROM_35_TO_44|FROM_45_TO_59|FROM_60") String ageGroup) {

        /** Values outside the lists become "not given"; validation has already reported them. */
        SubmitterProfile toDomain() {
            return new SubmitterProfile(parse(SubmitterProfile.ParticipantType.class, participantType),
                    parse(SubmitterProfile.Gender.class, gender), parse(SubmitterProfile.AgeGroup.class, ageGroup));
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String value) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            return null;
        }
    }

    /** The content fields shared by a submission, an edit and a workshop row. */
    public interface Content {
        String axisId();

        String axisCode();

        String category();

        String problem();

        String proposedSolution();

        String note();

        default IdeaDraft toDraft(Profile profile) {
            return new IdeaDraft(axisId(), axisId() == null ? axisCode() : null, strip(category()), strip(problem()),
                    strip(proposedSolution()), strip(note()), profile == null ? SubmitterProfile.NONE : profile.toDomain());
        }
    }

    public record Submission(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String member,
            @Size(max = 64) String axisId,
            @Size(max = 16) String axisCode,
            @Size(max = CATEGORY_MAX) String category,
            @NotBlank @Size(max = PROBLEM_MAX) String problem,
            @NotBlank @Size(max = SOLUTION_MAX) String proposedSolution,
            @Size(max = NOTE_MAX) String note,
            Boolean anonymous,
            @Valid Profile profile) implements Content {
    }

    public record Edit(
            @Size(max = 64) String axisId,
            @Size(max = 16) String axisCode,
            @Size(max = CATEGORY_MAX) String category,
            @NotBlank @Size(max = PROBLEM_MAX) String problem,
            @NotBlank @Size(max = SOLUTION_MAX) String proposedSolution,
            @Size(max = NOTE_MAX) String note) implements Content {
    }

    /**
     * One row of a member's idea table. {@code state} and {@code reason} record where the idea already
     * stands in the member's own tables (e.g. last year's workshop, now "with the committee").
     */
    public record Row(
            @Positive @Max(10_000_000) Long number,
            @Pattern(regexp = "RECEIVED|IN_PROCESSING|WITH_COMMITTEE|RETAINED|NOT_RETAINED") String state,
            @Size(max = 1000) String reason,
            @Size(max = 64) String axisId,
            @Size(max = 16) String axisCode,
            @Size(max = CATEGORY_MAX) String category,
            @NotBlank @Size(max = PROBLEM_MAX) String problem,
            @NotBlank @Size(max = SOLUTION_MAX) String proposedSolution,
            @Size(max = NOTE_MAX) String note,
            @Valid Profile profile) implements Content {
    }

    public record Batch(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String member,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String batchId,
            // DIGITAL too: ideas collected online before the platform (forms, an earlier site) are imported this way.
            @NotNull @Pattern(regexp = "DIGITAL|LIVE_WORKSHOP|CONSULTATIVE_BODY|PETITION|CONSULTATION") String source,
            // Rows are validated one by one (RowValidation) so shape and domain problems come in one report.
            @NotEmpty @Size(max = BATCH_MAX) List<@NotNull Row> rows) {
    }

    public record StateChange(
            @NotNull @Pattern(regexp = "IN_PROCESSING|WITH_COMMITTEE|RETAINED|MERGED|NOT_RETAINED") String to,
            @Size(max = 1000) String reason,
            @Size(max = 64) String mergeInto) {
    }

    public record AxisDefinition(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String member,
            @NotBlank @Pattern(regexp = "[0-9]{4}-[0-9]{4}") String programme,
            @NotBlank @Pattern(regexp = "[A-Z0-9]{1,16}") String code,
            @NotNull @Min(1) @Max(99) Integer position,
            @NotNull @Valid Title title) {
    }

    public record AxisChange(@NotNull @Min(1) @Max(99) Integer position, @NotNull @Valid Title title,
            @NotNull Boolean active) {
    }

    public record Title(@NotBlank @Size(max = 300) String ar, @NotBlank @Size(max = 300) String fr) {
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
