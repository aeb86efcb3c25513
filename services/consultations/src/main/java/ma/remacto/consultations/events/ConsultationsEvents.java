package ma.remacto.consultations.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import ma.remacto.consultations.domain.CoPreparationCalendar;
import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.domain.Contribution;
import ma.remacto.consultations.domain.ItemResult;
import ma.remacto.consultations.domain.LocalizedText;
import ma.remacto.consultations.domain.Meeting;
import ma.remacto.consultations.domain.Survey;
import ma.remacto.consultations.domain.SurveyResults;
import ma.remacto.events.v1.CalendarStage;
import ma.remacto.events.v1.CoPreparationCalendarCard;
import ma.remacto.events.v1.CoPreparationCalendarUpdated;
import ma.remacto.events.v1.CollectedIdea;
import ma.remacto.events.v1.ConsultationCard;
import ma.remacto.events.v1.ConsultationClosed;
import ma.remacto.events.v1.ConsultationEdited;
import ma.remacto.events.v1.ConsultationItem;
import ma.remacto.events.v1.ConsultationItemResult;
import ma.remacto.events.v1.ConsultationOpened;
import ma.remacto.events.v1.ConsultationScheduled;
import ma.remacto.events.v1.ConsultationSummary;
import ma.remacto.events.v1.ConsultationSummaryPublished;
import ma.remacto.events.v1.ContributionCard;
import ma.remacto.events.v1.ContributionModerated;
import ma.remacto.events.v1.ContributionSubmitted;
import ma.remacto.events.v1.MeetingCard;
import ma.remacto.events.v1.MeetingEdited;
import ma.remacto.events.v1.MeetingIdeasCollected;
import ma.remacto.events.v1.MeetingRecorded;
import ma.remacto.events.v1.ParticipationCounts;
import ma.remacto.events.v1.SatisfactionSurveyCard;
import ma.remacto.events.v1.SatisfactionSurveyClosed;
import ma.remacto.events.v1.SatisfactionSurveyPublished;
import ma.remacto.events.v1.SurveyQuestion;
import ma.remacto.events.v1.SurveyQuestionResult;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;

/**
 * The consultations service's events, each with the aggregate's full PUBLIC card. Never in an event: a
 * contributor's subject or statistical profile, a survey respondent, a survey's text answers.
 */
public final class ConsultationsEvents {

    public static final String MEETING = "Meeting";
    public static final String CALENDAR = "CoPreparationCalendar";
    public static final String CONSULTATION = "PublicConsultation";
    public static final String CONTRIBUTION = "Contribution";
    public static final String SURVEY = "SatisfactionSurvey";
    private static final int SCHEMA_VERSION = 1;

    private ConsultationsEvents() {
    }

    /** What a consultation card shows of its contributions at the time of the event. */
    public record Tally(long contributionsPublished, ma.remacto.consultations.domain.ParticipationCounts participation) {

        public static final Tally NONE = new Tally(0, ma.remacto.consultations.domain.ParticipationCounts.NONE);
    }

    // ---- meetings

    public static DomainEvent meetingRecorded(Meeting m) {
        return meeting(m, "MeetingRecorded", MeetingRecorded.newBuilder().setMeeting(card(m)).build());
    }

    public static DomainEvent meetingEdited(Meeting m, List<String> changedFields) {
        return meeting(m, "MeetingEdited",
                MeetingEdited.newBuilder().setMeeting(card(m)).addAllChangedFields(changedFields).build());
    }

    public record Idea(String axisCode, String category, String problem, String proposedSolution, String note) {
    }

    public static DomainEvent meetingIdeasCollected(Meeting m, String batchId, String source, List<Idea> ideas) {
        MeetingIdeasCollected.Builder event = MeetingIdeasCollected.newBuilder().setMeeting(card(m)).setBatchId(batchId)
                .setSource(source);
        for (int i = 0; i < ideas.size(); i++) {
            Idea idea = ideas.get(i);
            event.addIdeas(CollectedIdea.newBuilder().setRow(i).setAxisCode(idea.axisCode())
                    .setCategory(orEmpty(idea.category())).setProblem(idea.problem())
                    .setProposedSolution(idea.proposedSolution()).setNote(orEmpty(idea.note())));
        }
        return meeting(m, "MeetingIdeasCollected", event.build());
    }

    static MeetingCard card(Meeting m) {
        return MeetingCard.newBuilder().setId(m.id()).setMemberSlug(m.memberSlug()).setKind(m.kind().name())
                .setTitle(text(m.title())).setDate(m.date().toString()).setPlace(orEmpty(m.place()))
                .setProgramme(orEmpty(m.programme())).setParticipants(counts(m.participants()))
                .addAllOrganisations(m.organisations()).addAllAgenda(m.agenda()).setMinutes(orEmpty(m.minutes()))
                .addAllOutputs(m.outputs()).setIdeasCollected((int) m.ideasCollected())
                .setUpdatedAt(timestamp(m.updatedAt())).setVersion(m.version()).build();
    }

    private static DomainEvent meeting(Meeting m, String type, Message payload) {
        return new DomainEvent(Topics.CONSULTATIONS, type, SCHEMA_VERSION, MEETING, m.id(), m.version(), m.memberSlug(),
                payload);
    }

    // ---- calendars

    public static DomainEvent calendarUpdated(CoPreparationCalendar c) {
        CoPreparationCalendarCard.Builder card = CoPreparationCalendarCard.newBuilder().setId(c.id())
                .setMemberSlug(c.memberSlug()).setProgramme(c.programme()).setUpdatedAt(timestamp(c.updatedAt()))
                .setVersion(c.version());
        c.stages().forEach(s -> card.addStages(CalendarStage.newBuilder().setStage(s.stage().name())
                .setPlannedStart(date(s.plannedStart())).setPlannedEnd(date(s.plannedEnd()))
                .setActualStart(date(s.actualStart())).setActualEnd(date(s.actualEnd())).setNote(orEmpty(s.note()))));
        return new DomainEvent(Topics.CONSULTATIONS, "CoPreparationCalendarUpdated", SCHEMA_VERSION, CALENDAR, c.id(),
                c.version(), c.memberSlug(), CoPreparationCalendarUpdated.newBuilder().setCalendar(card).build());
    }

    // ---- consultations

    public static DomainEvent consultationScheduled(Consultation c, Instant now, Tally tally) {
        return consultation(c, "ConsultationScheduled",
                ConsultationScheduled.newBuilder().setConsultation(card(c, now, tally)).build());
    }

    public static DomainEvent consultationEdited(Consultation c, Instant now, Tally tally) {
        return consultation(c, "ConsultationEdited",
                ConsultationEdited.newBuilder().setConsultation(card(c, now, tally)).build());
    }

    /** The event of a recorded transition to OPEN, CLOSED or SUMMARY_PUBLISHED. */
    public static DomainEvent consultationMoved(Consultation c, ConsultationStatus to, Tally tally) {
        ConsultationCard card = card(c, null, tally).toBuilder().setStatus(to.name()).build();
        return switch (to) {
            case OPEN -> consultation(c, "ConsultationOpened", ConsultationOpened.newBuilder().setConsultation(card).build());
            case CLOSED -> consultation(c, "ConsultationClosed", ConsultationClosed.newBuilder().setConsultation(card).build());
            case SUMMARY_PUBLISHED -> consultation(c, "ConsultationSummaryPublished",
                    ConsultationSummaryPublished.newBuilder().setConsultation(card).build());
            case SCHEDULED -> throw new IllegalArgumentException("not a transition: " + to);
        };
    }

    /** @param now the clock for the status; null: the recorded status */
    public static ConsultationCard card(Consultation c, Instant now, Tally tally) {
        ConsultationCard.Builder card = ConsultationCard.newBuilder().setId(c.id()).setMemberSlug(c.memberSlug())
                .setTitle(text(c.title())).setDescription(text(c.description())).setPlanId(orEmpty(c.planId()))
                .setProgramme(orEmpty(c.programme())).setOpensAt(timestamp(c.opensAt()))
                .setClosesAt(timestamp(c.closesAt()))
                .setStatus((now == null ? c.recordedStatus() : c.statusAt(now)).name())
                .setContributionsPublished((int) tally.contributionsPublished())
                .setParticipation(counts(tally.participation())).setUpdatedAt(timestamp(c.updatedAt()))
                .setVersion(c.version()).setCloseReason(orEmpty(c.closeReason()))
                .setRecordedByStaff(c.recordedByStaff())
                .setRecordedContributions(c.recordedContributions() == null ? 0 : c.recordedContributions());
        c.items().forEach(i -> card.addItems(ConsultationItem.newBuilder().setId(i.id()).setTitle(text(i.title()))
                .setProjectId(orEmpty(i.projectId())).setAxisCode(orEmpty(i.axisCode()))));
        if (c.summary() != null) {
            ConsultationSummary.Builder summary = ConsultationSummary.newBuilder().addAllThemes(c.summary().themes())
                    .addAllChangesToDraft(c.summary().changesToDraft())
                    .setPublishedAt(timestamp(c.summary().publishedAt()));
            for (ItemResult r : c.summary().items()) {
                summary.addItems(ConsultationItemResult.newBuilder().setItemId(r.itemId()).setTitle(text(r.title()))
                        .setContributions((int) r.contributions()).setAgree((int) r.agree())
                        .setDisagree((int) r.disagree()));
            }
            card.setSummary(summary);
        }
        return card.build();
    }

    private static DomainEvent consultation(Consultation c, String type, Message payload) {
        return new DomainEvent(Topics.CONSULTATIONS, type, SCHEMA_VERSION, CONSULTATION, c.id(), c.version(),
                c.memberSlug(), payload);
    }

    // ---- contributions

    public static DomainEvent contributionSubmitted(Contribution k, Consultation c, Instant now, Tally tally) {
        return contribution(k, "ContributionSubmitted", ContributionSubmitted.newBuilder().setContribution(card(k))
                .setConsultation(card(c, now, tally)).build());
    }

    public static DomainEvent contributionModerated(Contribution k, Consultation c, Instant now, Tally tally) {
        return contribution(k, "ContributionModerated", ContributionModerated.newBuilder().setContribution(card(k))
                .setConsultation(card(c, now, tally)).build());
    }

    /**
     * The contribution's public card: its text only once published (a pending or rejected comment is not public),
     * the author's display name only if not anonymous; never the author's subject or profile.
     */
    static ContributionCard card(Contribution k) {
        boolean published = k.moderation() == ma.remacto.consultations.domain.Moderation.PUBLISHED;
        return ContributionCard.newBuilder().setId(k.id()).setConsultationId(k.consultationId())
                .setMemberSlug(k.memberSlug()).setItemId(k.itemId())
                .setPosition(k.position() == null ? "" : k.position().name())
                .setComment(published ? orEmpty(k.comment()) : "").setModeration(k.moderation().name())
                .setModerationReason(text(k.moderationReason()))
                .setAuthorDisplayName(published ? orEmpty(k.shownAuthor()) : "")
                .setSubmittedAt(timestamp(k.submittedAt())).setVersion(k.version()).build();
    }

    private static DomainEvent contribution(Contribution k, String type, Message payload) {
        return new DomainEvent(Topics.CONSULTATIONS, type, SCHEMA_VERSION, CONTRIBUTION, k.id(), k.version(),
                k.memberSlug(), payload);
    }

    // ---- surveys

    public static DomainEvent surveyPublished(Survey s, List<SurveyResults.QuestionResult> results, long responses) {
        return survey(s, "SatisfactionSurveyPublished",
                SatisfactionSurveyPublished.newBuilder().setSurvey(card(s, results, responses)).build());
    }

    public static DomainEvent surveyClosed(Survey s, List<SurveyResults.QuestionResult> results, long responses) {
        return survey(s, "SatisfactionSurveyClosed",
                SatisfactionSurveyClosed.newBuilder().setSurvey(card(s, results, responses)).build());
    }

    /** Counts and means only: the texts of TEXT answers never travel. */
    static SatisfactionSurveyCard card(Survey s, List<SurveyResults.QuestionResult> results, long responses) {
        SatisfactionSurveyCard.Builder card = SatisfactionSurveyCard.newBuilder().setId(s.id())
                .setMemberSlug(s.memberSlug()).setTitle(text(s.title())).setService(text(s.service()))
                .setStatus(s.status().name()).setResponses((int) responses).setUpdatedAt(timestamp(s.updatedAt()))
                .setVersion(s.version());
        if (s.opensAt() != null) {
            card.setOpensAt(timestamp(s.opensAt()));
        }
        if (s.closesAt() != null) {
            card.setClosesAt(timestamp(s.closesAt()));
        }
        s.questions().forEach(q -> card.addQuestions(SurveyQuestion.newBuilder().setId(q.id()).setText(text(q.text()))
                .setKind(q.kind().name()).addAllChoices(q.choices().stream().map(ConsultationsEvents::text).toList())));
        for (SurveyResults.QuestionResult r : results) {
            SurveyQuestionResult.Builder result = SurveyQuestionResult.newBuilder().setQuestionId(r.questionId())
                    .setAnswers((int) r.answers()).setMean(r.mean() == null ? "" : r.mean().toPlainString());
            for (Map.Entry<Integer, Long> e : r.choiceCounts().entrySet()) {
                result.putChoiceCounts(e.getKey(), e.getValue().intValue());
            }
            card.addResults(result);
        }
        return card.build();
    }

    private static DomainEvent survey(Survey s, String type, Message payload) {
        return new DomainEvent(Topics.CONSULTATIONS, type, SCHEMA_VERSION, SURVEY, s.id(), s.version(), s.memberSlug(),
                payload);
    }

    // ---- values

    static ParticipationCounts counts(ma.remacto.consultations.domain.ParticipationCounts c) {
        ParticipationCounts.Builder counts = ParticipationCounts.newBuilder().setTotal((int) c.total());
        c.byGender().forEach((k, v) -> counts.putByGender(k, v.intValue()));
        c.byAgeGroup().forEach((k, v) -> counts.putByAgeGroup(k, v.intValue()));
        c.byParticipantType().forEach((k, v) -> counts.putByParticipantType(k, v.intValue()));
        return counts.build();
    }

    static ma.remacto.events.v1.LocalizedText text(LocalizedText text) {
        ma.remacto.events.v1.LocalizedText.Builder builder = ma.remacto.events.v1.LocalizedText.newBuilder();
        if (text != null) {
            builder.setAr(orEmpty(text.ar())).setFr(orEmpty(text.fr()));
        }
        return builder.build();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? Timestamp.getDefaultInstance()
                : Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
