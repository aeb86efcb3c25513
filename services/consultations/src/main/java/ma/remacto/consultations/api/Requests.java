package ma.remacto.consultations.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import ma.remacto.consultations.domain.CalendarStage;
import ma.remacto.consultations.domain.CalendarStageName;
import ma.remacto.consultations.domain.ConsultationItem;
import ma.remacto.consultations.domain.LocalizedText;
import ma.remacto.consultations.domain.Meeting;
import ma.remacto.consultations.domain.MeetingKind;
import ma.remacto.consultations.domain.ParticipantProfile;
import ma.remacto.consultations.domain.ParticipationCounts;
import ma.remacto.consultations.domain.QuestionKind;
import ma.remacto.consultations.domain.SurveyQuestion;
import ma.remacto.consultations.events.ConsultationsEvents;

/**
 * What clients send, validated before any use case runs. Texts are kept as typed (never interpreted: readers
 * escape them); enumerations are text with a pattern so every invalid field is reported at once.
 */
public final class Requests {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String PROGRAMME = "\\d{4}-\\d{4}";
    static final String ITEM_ID = "[A-Za-z0-9_-]{1,64}";
    static final String AXIS_CODE = "[A-Z0-9]{1,16}";
    public static final int COMMENT_MAX = 2000;

    private Requests() {
    }

    /** A text in Arabic (required) and French. */
    public record Text(@NotBlank @Size(max = 300) String ar, @Size(max = 300) String fr) {

        LocalizedText toDomain() {
            return new LocalizedText(ar.strip(), fr == null || fr.isBlank() ? null : fr.strip());
        }
    }

    /** A longer text in Arabic (required) and French. */
    public record LongText(@NotBlank @Size(max = 5000) String ar, @Size(max = 5000) String fr) {

        LocalizedText toDomain() {
            return new LocalizedText(ar.strip(), fr == null || fr.isBlank() ? null : fr.strip());
        }
    }

    // ---- consultations

    public record Item(@NotBlank @Pattern(regexp = ITEM_ID) String id, @Valid @NotNull Text title,
            @Size(max = 64) String projectId, @Pattern(regexp = AXIS_CODE) String axisCode) {

        ConsultationItem toDomain() {
            return new ConsultationItem(id, title.toDomain(), blankToNull(projectId), axisCode);
        }
    }

    public record Consultation(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String member,
            @Valid @NotNull Text title,
            @Valid LongText description,
            @Size(max = 64) String planId,
            @Pattern(regexp = PROGRAMME) String programme,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items,
            @NotNull Instant opensAt,
            @NotNull Instant closesAt) {

        ma.remacto.consultations.application.ScheduleConsultation.Draft toDraft() {
            return new ma.remacto.consultations.application.ScheduleConsultation.Draft(member, title.toDomain(),
                    description == null ? null : description.toDomain(), blankToNull(planId), programme,
                    items.stream().map(Item::toDomain).toList(), opensAt, closesAt);
        }
    }

    /** A past consultation recorded by staff: the same fields, and the contributions they counted, if known. */
    public record PastConsultation(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String member,
            @Valid @NotNull Text title,
            @Valid LongText description,
            @Size(max = 64) String planId,
            @Pattern(regexp = PROGRAMME) String programme,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items,
            @NotNull Instant opensAt,
            @NotNull Instant closesAt,
            @PositiveOrZero @Max(10_000_000) Integer recordedContributions) {

        ma.remacto.consultations.application.ScheduleConsultation.Draft toDraft() {
            return new Consultation(member, title, description, planId, programme, items, opensAt, closesAt).toDraft();
        }
    }

    public record Closure(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Summary(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> themes,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> changesToDraft) {
    }

    public record Profile(
            @Pattern(regexp = ParticipantProfile.PARTICIPANT_TYPES) String participantType,
            @Pattern(regexp = ParticipantProfile.GENDERS) String gender,
            @Pattern(regexp = ParticipantProfile.AGE_GROUPS) String ageGroup) {

        ParticipantProfile toDomain() {
            return new ParticipantProfile(participantType, gender, ageGroup);
        }
    }

    public record Contribution(
            @NotBlank @Pattern(regexp = ITEM_ID) String itemId,
            @Pattern(regexp = "AGREE|DISAGREE") String position,
            @Size(min = 1, max = COMMENT_MAX) String comment,
            Boolean anonymous,
            @Valid Profile profile) {
    }

    public record ModerationDecision(@NotBlank @Pattern(regexp = "PUBLISHED|REJECTED") String decision,
            @Valid Reason reason) {
    }

    public record Reason(@Size(max = 1000) String ar, @Size(max = 1000) String fr) {

        LocalizedText toDomain() {
            return new LocalizedText(ar == null ? null : ar.strip(), fr == null || fr.isBlank() ? null : fr.strip());
        }
    }

    // ---- meetings

    public record Participants(
            @NotNull @PositiveOrZero @Max(1_000_000) Long total,
            Map<@Pattern(regexp = ParticipantProfile.GENDERS + "|UNKNOWN") String, @NotNull @PositiveOrZero Long> byGender,
            Map<@Pattern(regexp = ParticipantProfile.AGE_GROUPS + "|UNKNOWN") String, @NotNull @PositiveOrZero Long> byAgeGroup,
            Map<@Pattern(regexp = ParticipantProfile.PARTICIPANT_TYPES + "|UNKNOWN") String, @NotNull @PositiveOrZero Long> byParticipantType) {

        ParticipationCounts toDomain() {
            return new ParticipationCounts(total, byGender, byAgeGroup, byParticipantType);
        }
    }

    public record Meeting(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String member,
            @NotBlank @Pattern(regexp = "INFORMATION_MEETING|TRAINING_WORKSHOP|CO_PREPARATION_WORKSHOP|THEMATIC_CONSULTATION|TERRITORIAL_CONSULTATION|COMMITTEE_MEETING") String kind,
            @Valid @NotNull Text title,
            @NotNull LocalDate date,
            @Size(max = 300) String place,
            @Pattern(regexp = PROGRAMME) String programme,
            @Valid @NotNull Participants participants,
            @Size(max = 100) List<@NotBlank @Size(max = 300) String> organisations,
            @Size(max = 50) List<@NotBlank @Size(max = 500) String> agenda,
            @Size(max = 20000) String minutes,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> outputs) {

        ma.remacto.consultations.domain.Meeting.Content toContent() {
            return new ma.remacto.consultations.domain.Meeting.Content(MeetingKind.valueOf(kind), title.toDomain(), date,
                    blankToNull(place), programme, participants.toDomain(), list(organisations), list(agenda),
                    blankToNull(minutes), list(outputs));
        }
    }

    public record IdeaRow(
            @NotBlank @Pattern(regexp = AXIS_CODE) String axisCode,
            @Size(max = 100) String category,
            @NotBlank @Size(max = 2000) String problem,
            @NotBlank @Size(max = 2000) String proposedSolution,
            @Size(max = 1000) String note) {

        ConsultationsEvents.Idea toIdea() {
            return new ConsultationsEvents.Idea(axisCode, blankToNull(category), problem == null ? null : problem.strip(),
                    proposedSolution == null ? null : proposedSolution.strip(), blankToNull(note));
        }
    }

    /** {@code batchId}: the client's id for this table, as ideation's workshop batches take it. */
    public record Ideas(@Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String batchId,
            @Pattern(regexp = "LIVE_WORKSHOP|CONSULTATIVE_BODY") String source,
            // Rows are validated one by one (RowValidation) so shape and axis problems come in one report.
            @NotEmpty @Size(max = 500) List<@NotNull IdeaRow> rows) {
    }

    // ---- calendars

    public record Stage(
            @NotBlank @Pattern(regexp = "INFORMATION_MEETING|TRAINING|AXES_CHOICE|IDEA_COLLECTION|DRAFT_CONSULTATION|ADOPTION") String stage,
            LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
            @Size(max = 1000) String note) {

        CalendarStage toDomain() {
            return new CalendarStage(CalendarStageName.valueOf(stage), plannedStart, plannedEnd, actualStart, actualEnd,
                    blankToNull(note));
        }
    }

    public record Calendar(@NotNull @Size(max = 6) List<@Valid @NotNull Stage> stages) {
    }

    // ---- surveys

    public record Question(@Valid @NotNull Text text, @NotBlank @Pattern(regexp = "SCALE|CHOICE|TEXT") String kind,
            @Size(max = 10) List<@Valid @NotNull Text> choices) {

        SurveyQuestion toDomain() {
            return new SurveyQuestion(null, text.toDomain(), QuestionKind.valueOf(kind),
                    choices == null ? List.of() : choices.stream().map(Text::toDomain).toList());
        }
    }

    public record Survey(
            @NotBlank @Pattern(regexp = SLUG) @Size(max = 64) String member,
            @Valid @NotNull Text title,
            @Valid @NotNull Text service,
            @NotEmpty @Size(max = ma.remacto.consultations.domain.Survey.MAX_QUESTIONS) List<@Valid @NotNull Question> questions) {
    }

    /** A draft survey as corrected: everything but its member, which does not change. */
    public record SurveyContent(
            @Valid @NotNull Text title,
            @Valid @NotNull Text service,
            @NotEmpty @Size(max = ma.remacto.consultations.domain.Survey.MAX_QUESTIONS) List<@Valid @NotNull Question> questions) {
    }

    public record SurveyStatusChange(@NotBlank @Pattern(regexp = "OPEN|CLOSED") String to) {
    }

    public record Answers(@NotNull @Size(max = ma.remacto.consultations.domain.Survey.MAX_QUESTIONS) Map<@Size(max = 8) String, Object> answers) {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }

}
