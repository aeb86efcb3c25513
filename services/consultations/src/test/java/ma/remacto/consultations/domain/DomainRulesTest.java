package ma.remacto.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The pure rules: window status, timeline status, counts, breakdowns, survey results. */
class DomainRulesTest {

    static final Instant OPENS = Instant.parse("2023-07-19T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2023-07-30T23:00:00Z");

    static Consultation consultation(ConsultationStatus recorded, Instant closedEarly, ConsultationSummary summary) {
        return new Consultation("c", "beni-mellal", new LocalizedText("t", null), null, null, "2024-2025",
                List.of(new ConsultationItem("a", new LocalizedText("أ", null), null, "A1"),
                        new ConsultationItem("b", new LocalizedText("ب", null), null, null)),
                OPENS, CLOSES, recorded, closedEarly, null, false, null, summary, OPENS, OPENS, 1);
    }

    @Test
    void theWindowGivesTheStatusAndTheTransitionsStillToRecord() {
        Consultation c = consultation(ConsultationStatus.SCHEDULED, null, null);
        assertThat(c.statusAt(OPENS.minusSeconds(1))).isEqualTo(ConsultationStatus.SCHEDULED);
        assertThat(c.statusAt(OPENS)).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.statusAt(CLOSES)).isEqualTo(ConsultationStatus.CLOSED);
        assertThat(c.pendingTransitions(OPENS.minusSeconds(1))).isEmpty();
        assertThat(c.pendingTransitions(OPENS)).containsExactly(ConsultationStatus.OPEN);
        assertThat(c.pendingTransitions(CLOSES.plusSeconds(5)))
                .containsExactly(ConsultationStatus.OPEN, ConsultationStatus.CLOSED);
        Consultation early = consultation(ConsultationStatus.CLOSED, OPENS.plusSeconds(60), null);
        assertThat(early.statusAt(OPENS.plusSeconds(120))).as("closed early stays closed").isEqualTo(ConsultationStatus.CLOSED);
        assertThat(early.pendingTransitions(CLOSES.plusSeconds(1))).isEmpty();
        Consultation summarised = consultation(ConsultationStatus.SUMMARY_PUBLISHED, null,
                new ConsultationSummary(List.of(), List.of(), List.of(), CLOSES));
        assertThat(summarised.statusAt(CLOSES.plusSeconds(1))).isEqualTo(ConsultationStatus.SUMMARY_PUBLISHED);
    }

    @Test
    void countsPerItemAndAxisLeaveRejectedContributionsOut() {
        Consultation c = consultation(ConsultationStatus.CLOSED, null, null);
        List<ConsultationCounts.Counted> counted = List.of(
                new ConsultationCounts.Counted("a", Position.AGREE, Moderation.PUBLISHED),
                new ConsultationCounts.Counted("a", Position.DISAGREE, Moderation.PENDING),
                new ConsultationCounts.Counted("a", Position.AGREE, Moderation.REJECTED),
                new ConsultationCounts.Counted("b", null, Moderation.PUBLISHED));
        assertThat(ConsultationCounts.perItem(c, counted)).containsExactly(
                new ItemResult("a", new LocalizedText("أ", null), 2, 1, 1),
                new ItemResult("b", new LocalizedText("ب", null), 1, 0, 0));
        assertThat(ConsultationCounts.perAxis(c, counted)).isEqualTo(Map.of("A1", 2L));
        assertThat(ConsultationCounts.published(counted)).isEqualTo(2);
    }

    @Test
    void breakdownsMustAddUpAndProfilesCountUnknownParts() {
        assertThat(new ParticipationCounts(44, Map.of(), Map.of(), Map.of()).breakdownsNotAddingUp()).isEmpty();
        assertThat(new ParticipationCounts(10, Map.of("FEMALE", 4L, "MALE", 5L), Map.of("25_34", 10L),
                Map.of("CITIZEN", 11L)).breakdownsNotAddingUp()).containsExactly("byGender", "byParticipantType");
        ParticipationCounts counts = ParticipationCounts.of(List.of(new ParticipantProfile("CITIZEN", "FEMALE", null),
                ParticipantProfile.NONE));
        assertThat(counts.total()).isEqualTo(2);
        assertThat(counts.byGender()).isEqualTo(Map.of("FEMALE", 1L, "UNKNOWN", 1L));
        assertThat(counts.byAgeGroup()).isEqualTo(Map.of("UNKNOWN", 2L));
        assertThat(counts.breakdownsNotAddingUp()).isEmpty();
    }

    @Test
    void aStageIsDoneInProgressLateOrPlannedOnAGivenDay() {
        LocalDate today = LocalDate.of(2023, 7, 20);
        assertThat(stage(null, null, "2023-07-11", "2023-07-11").statusOn(today)).isEqualTo(StageStatus.DONE);
        assertThat(stage("2023-07-19", "2023-07-30", "2023-07-19", null).statusOn(today)).isEqualTo(StageStatus.IN_PROGRESS);
        assertThat(stage("2023-07-01", "2023-07-10", "2023-07-01", null).statusOn(today)).as("not done after its end")
                .isEqualTo(StageStatus.LATE);
        assertThat(stage("2023-07-15", "2023-07-30", null, null).statusOn(today)).as("not started after its start")
                .isEqualTo(StageStatus.LATE);
        assertThat(stage("2023-10-05", "2023-10-05", null, null).statusOn(today)).isEqualTo(StageStatus.PLANNED);
        assertThat(stage("2023-07-20", "2023-07-20", null, null).statusOn(today)).as("starts today").isEqualTo(StageStatus.PLANNED);
        assertThat(stage(null, null, "2023-07-19", "2023-07-21").statusOn(today)).as("ends later: in progress")
                .isEqualTo(StageStatus.IN_PROGRESS);
    }

    static CalendarStage stage(String plannedStart, String plannedEnd, String actualStart, String actualEnd) {
        return new CalendarStage(CalendarStageName.DRAFT_CONSULTATION, date(plannedStart), date(plannedEnd),
                date(actualStart), date(actualEnd), null);
    }

    static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    @Test
    void surveyResultsGiveExactMeansAndEveryChoice() {
        Survey survey = new Survey("s", "larache", null, null, List.of(
                new SurveyQuestion("q1", null, QuestionKind.SCALE, null),
                new SurveyQuestion("q2", null, QuestionKind.CHOICE, List.of(new LocalizedText("a", null),
                        new LocalizedText("b", null), new LocalizedText("c", null))),
                new SurveyQuestion("q3", null, QuestionKind.TEXT, null)), SurveyStatus.OPEN, null, null, null, null, 1);
        List<SurveyResults.QuestionResult> results = SurveyResults.of(survey, List.of(
                Map.of("q1", 5, "q2", 0), Map.of("q1", 4, "q3", "شكرا"), Map.of("q1", 4, "q2", 0)));
        assertThat(results.get(0).answers()).isEqualTo(3);
        assertThat(results.get(0).mean()).isEqualTo(new BigDecimal("4.33"));
        assertThat(results.get(1).choiceCounts()).isEqualTo(Map.of(0, 2L, 1, 0L, 2, 0L));
        assertThat(results.get(2).texts()).containsExactly("شكرا");
        assertThat(results.get(2).mean()).isNull();
    }
}
