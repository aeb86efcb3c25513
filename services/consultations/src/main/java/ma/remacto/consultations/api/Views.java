package ma.remacto.consultations.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationItem;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.domain.ConsultationSummary;
import ma.remacto.consultations.domain.Contribution;
import ma.remacto.consultations.domain.LocalizedText;
import ma.remacto.consultations.domain.Meeting;
import ma.remacto.consultations.domain.MeetingKind;
import ma.remacto.consultations.domain.Moderation;
import ma.remacto.consultations.domain.ParticipationCounts;
import ma.remacto.consultations.domain.Position;
import ma.remacto.consultations.domain.Survey;
import ma.remacto.consultations.domain.SurveyQuestion;
import ma.remacto.consultations.domain.SurveyStatus;

/** What the API shows: response records built from the domain. */
public final class Views {

    private Views() {
    }

    public record ConsultationView(String id, String member, LocalizedText title, LocalizedText description,
            String planId, String programme, List<ConsultationItem> items, Instant opensAt, Instant closesAt,
            ConsultationStatus status, Instant closedEarlyAt, String closeReason, boolean recordedByStaff,
            Integer recordedContributions, ConsultationSummary summary, Instant createdAt, Instant updatedAt,
            long version) {

        static ConsultationView of(Consultation c, Instant now) {
            return new ConsultationView(c.id(), c.memberSlug(), c.title(), c.description(), c.planId(), c.programme(),
                    c.items(), c.opensAt(), c.closesAt(), c.statusAt(now), c.closedEarlyAt(), c.closeReason(),
                    c.recordedByStaff(), c.recordedContributions(), c.summary(), c.createdAt(), c.updatedAt(),
                    c.version());
        }
    }

    /** A contribution as shown: no author identity, the display name only when not anonymous. */
    public record ContributionView(String id, String consultationId, String itemId, Position position, String comment,
            String author, Moderation moderation, LocalizedText moderationReason, Instant submittedAt, long version) {

        static ContributionView of(Contribution c) {
            return new ContributionView(c.id(), c.consultationId(), c.itemId(), c.position(), c.comment(), c.shownAuthor(),
                    c.moderation(), c.moderationReason(), c.submittedAt(), c.version());
        }
    }

    public record MeetingView(String id, String member, MeetingKind kind, LocalizedText title, LocalDate date,
            String place, String programme, ParticipationCounts participants, List<String> organisations,
            List<String> agenda, String minutes, List<String> outputs, long ideasCollected, Instant createdAt,
            Instant updatedAt, long version) {

        static MeetingView of(Meeting m) {
            return new MeetingView(m.id(), m.memberSlug(), m.kind(), m.title(), m.date(), m.place(), m.programme(),
                    m.participants(), m.organisations(), m.agenda(), m.minutes(), m.outputs(), m.ideasCollected(),
                    m.createdAt(), m.updatedAt(), m.version());
        }
    }

    public record SurveyView(String id, String member, LocalizedText title, LocalizedText service,
            List<SurveyQuestion> questions, SurveyStatus status, Instant opensAt, Instant closesAt, long version) {

        static SurveyView of(Survey s) {
            return new SurveyView(s.id(), s.memberSlug(), s.title(), s.service(), s.questions(), s.status(), s.opensAt(),
                    s.closesAt(), s.version());
        }
    }
}
