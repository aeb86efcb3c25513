package ma.remacto.opendata.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;

import ma.remacto.events.v1.ActionPlanAmended;
import ma.remacto.events.v1.ActionPlanCard;
import ma.remacto.events.v1.ActionPlanDrafted;
import ma.remacto.events.v1.ActionPlanEdited;
import ma.remacto.events.v1.ActionPlanStatusChanged;
import ma.remacto.events.v1.ActivityCard;
import ma.remacto.events.v1.ActivityProgressRecorded;
import ma.remacto.events.v1.ConsultationCard;
import ma.remacto.events.v1.ConsultationClosed;
import ma.remacto.events.v1.ConsultationEdited;
import ma.remacto.events.v1.ConsultationOpened;
import ma.remacto.events.v1.ConsultationScheduled;
import ma.remacto.events.v1.ConsultationSummaryPublished;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.IdeaEdited;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.events.v1.IdeaSupported;
import ma.remacto.events.v1.IndicatorMeasured;
import ma.remacto.events.v1.MeetingCard;
import ma.remacto.events.v1.MeetingEdited;
import ma.remacto.events.v1.MeetingIdeasCollected;
import ma.remacto.events.v1.MeetingRecorded;
import ma.remacto.events.v1.OpennessProjectEdited;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.events.v1.OpennessProjectPublicationChanged;
import ma.remacto.events.v1.OpennessProjectWithdrawn;
import ma.remacto.events.v1.PastPetitionRecorded;
import ma.remacto.events.v1.PetitionCard;
import ma.remacto.events.v1.PetitionDrafted;
import ma.remacto.events.v1.PetitionEdited;
import ma.remacto.events.v1.PetitionSignaturesCounted;
import ma.remacto.events.v1.PetitionStatusChanged;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.opendata.persistence.OpenDataStore;
import ma.remacto.platform.events.PoisonEventException;

import org.springframework.stereotype.Component;

/**
 * Keeps one row per public record from the other services' events (each carries the full public card), upserted
 * if newer by the card's version, so redelivery, replays of the compacted topics and stale events change nothing.
 * Axes, co-preparation calendars, contributions and satisfaction surveys are not published (contributions carry
 * people's texts and names): their events are ignored, as are event types this version does not know.
 */
@Component
public class KeepPublicRows {

    private final OpenDataStore store;

    public KeepPublicRows(OpenDataStore store) {
        this.store = store;
    }

    public void ideation(EventEnvelope envelope) {
        ideationAll(List.of(envelope));
    }

    /** A poll of ideation's events at once: one bulk write however many ideas it carries. */
    public void ideationAll(List<EventEnvelope> envelopes) {
        applyAll(envelopes, this::ideaRow);
    }

    private RowChange ideaRow(EventEnvelope envelope, Function<String, String> regionOf) {
        IdeaCard idea = switch (envelope.getEventType()) {
            case "IdeaSubmitted" -> unpack(envelope, IdeaSubmitted.class).getIdea();
            case "IdeaEdited" -> unpack(envelope, IdeaEdited.class).getIdea();
            case "IdeaStateChanged" -> unpack(envelope, IdeaStateChanged.class).getIdea();
            case "IdeaSupported" -> unpack(envelope, IdeaSupported.class).getIdea();
            default -> null;
        };
        if (idea == null) {
            return null;
        }
        require(idea.getId(), idea.getMemberSlug());
        return PublicRows.idea(idea, regionOf.apply(idea.getMemberSlug()), at(envelope));
    }

    /** Turns each event into its row change (null: nothing public) and applies them together. */
    private void applyAll(List<EventEnvelope> envelopes, BiFunction<EventEnvelope, Function<String, String>, RowChange> row) {
        Map<String, Optional<String>> regions = new HashMap<>();
        Function<String, String> regionOf = member -> regions
                .computeIfAbsent(member, m -> Optional.ofNullable(store.regionOf(m))).orElse(null);
        List<RowChange> changes = new ArrayList<>();
        for (EventEnvelope envelope : envelopes) {
            RowChange change = row.apply(envelope, regionOf);
            if (change != null) {
                changes.add(change);
            }
        }
        if (!changes.isEmpty()) {
            store.applyAll(changes);
        }
    }

    public void projects(EventEnvelope envelope) {
        ActionPlanCard plan = switch (envelope.getEventType()) {
            case "ActionPlanDrafted" -> unpack(envelope, ActionPlanDrafted.class).getPlan();
            case "ActionPlanEdited" -> unpack(envelope, ActionPlanEdited.class).getPlan();
            case "ActionPlanStatusChanged" -> unpack(envelope, ActionPlanStatusChanged.class).getPlan();
            case "ActionPlanAmended" -> unpack(envelope, ActionPlanAmended.class).getPlan();
            default -> null;
        };
        if (plan != null) {
            require(plan.getId(), plan.getMemberSlug());
            store.apply(PublicRows.plan(plan, store.regionOf(plan.getMemberSlug()), at(envelope)));
            return;
        }
        ProjectCard project = switch (envelope.getEventType()) {
            case "OpennessProjectFormulated" -> unpack(envelope, OpennessProjectFormulated.class).getProject();
            case "OpennessProjectEdited" -> unpack(envelope, OpennessProjectEdited.class).getProject();
            case "ActivityProgressRecorded" -> unpack(envelope, ActivityProgressRecorded.class).getProject();
            case "IndicatorMeasured" -> unpack(envelope, IndicatorMeasured.class).getProject();
            case "OpennessProjectPublicationChanged" ->
                unpack(envelope, OpennessProjectPublicationChanged.class).getProject();
            case "OpennessProjectWithdrawn" -> unpack(envelope, OpennessProjectWithdrawn.class).getProject();
            default -> null;
        };
        if (project != null) {
            require(project.getId(), project.getMemberSlug());
            project(project, "OpennessProjectWithdrawn".equals(envelope.getEventType()), at(envelope));
        }
    }

    private void project(ProjectCard card, boolean withdrawn, Instant at) {
        String region = store.regionOf(card.getMemberSlug());
        List<String> before = store.activityIds(card.getId());
        RowChange change = PublicRows.project(card, withdrawn, region, at);
        if (!store.apply(change)) {
            return;
        }
        List<String> now = new ArrayList<>();
        if (change.published()) {
            for (ActivityCard activity : card.getActivitiesList()) {
                RowChange row = PublicRows.activity(card, activity, region, at);
                store.apply(row);
                now.add(row.id());
            }
        }
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(now);
        store.hide(DatasetKind.ACTIVITIES, gone, card.getMemberSlug(), card.getVersion(), at);
        List<String> kept = new ArrayList<>(now);
        store.rememberActivities(card.getId(), kept);
    }

    public void consultations(EventEnvelope envelope) {
        consultationsAll(List.of(envelope));
    }

    public void consultationsAll(List<EventEnvelope> envelopes) {
        applyAll(envelopes, this::consultationRow);
    }

    private RowChange consultationRow(EventEnvelope envelope, Function<String, String> regionOf) {
        ConsultationCard consultation = switch (envelope.getEventType()) {
            case "ConsultationScheduled" -> unpack(envelope, ConsultationScheduled.class).getConsultation();
            case "ConsultationEdited" -> unpack(envelope, ConsultationEdited.class).getConsultation();
            case "ConsultationOpened" -> unpack(envelope, ConsultationOpened.class).getConsultation();
            case "ConsultationClosed" -> unpack(envelope, ConsultationClosed.class).getConsultation();
            case "ConsultationSummaryPublished" -> unpack(envelope, ConsultationSummaryPublished.class).getConsultation();
            default -> null; // contributions (people's texts), calendars, surveys, unknown types: not published
        };
        if (consultation != null) {
            require(consultation.getId(), consultation.getMemberSlug());
            return PublicRows.consultation(consultation, regionOf.apply(consultation.getMemberSlug()), at(envelope));
        }
        MeetingCard meeting = switch (envelope.getEventType()) {
            case "MeetingRecorded" -> unpack(envelope, MeetingRecorded.class).getMeeting();
            case "MeetingEdited" -> unpack(envelope, MeetingEdited.class).getMeeting();
            case "MeetingIdeasCollected" -> unpack(envelope, MeetingIdeasCollected.class).getMeeting();
            default -> null;
        };
        if (meeting == null) {
            return null;
        }
        require(meeting.getId(), meeting.getMemberSlug());
        return PublicRows.meeting(meeting, regionOf.apply(meeting.getMemberSlug()), at(envelope));
    }

    public void petitions(EventEnvelope envelope) {
        petitionsAll(List.of(envelope));
    }

    public void petitionsAll(List<EventEnvelope> envelopes) {
        applyAll(envelopes, this::petitionRow);
    }

    private RowChange petitionRow(EventEnvelope envelope, Function<String, String> regionOf) {
        PetitionCard petition = switch (envelope.getEventType()) {
            case "PetitionDrafted" -> unpack(envelope, PetitionDrafted.class).getPetition();
            case "PetitionEdited" -> unpack(envelope, PetitionEdited.class).getPetition();
            case "PetitionStatusChanged" -> unpack(envelope, PetitionStatusChanged.class).getPetition();
            case "PetitionSignaturesCounted" -> unpack(envelope, PetitionSignaturesCounted.class).getPetition();
            case "PastPetitionRecorded" -> unpack(envelope, PastPetitionRecorded.class).getPetition();
            default -> null;
        };
        if (petition == null) {
            return null;
        }
        require(petition.getId(), petition.getMemberSlug());
        return PublicRows.petition(petition, regionOf.apply(petition.getMemberSlug()), at(envelope));
    }

    private static Instant at(EventEnvelope envelope) {
        return envelope.hasOccurredAt()
                ? Instant.ofEpochSecond(envelope.getOccurredAt().getSeconds(), envelope.getOccurredAt().getNanos())
                : Instant.now();
    }

    private static void require(String id, String member) {
        if (id.isBlank() || member.isBlank()) {
            throw new PoisonEventException("card without id or member");
        }
    }

    private static <T extends Message> T unpack(EventEnvelope envelope, Class<T> type) {
        try {
            return envelope.getPayload().unpack(type);
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
    }
}
