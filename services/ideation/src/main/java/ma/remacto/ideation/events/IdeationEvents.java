package ma.remacto.ideation.events;

import java.time.Instant;
import java.util.List;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.AxisCard;
import ma.remacto.events.v1.AxisDefined;
import ma.remacto.events.v1.AxisUpdated;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.IdeaEdited;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.events.v1.IdeaSupported;
import ma.remacto.ideation.domain.Axis;
import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.domain.LocalizedText;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;

/** Ideation's events: every one carries the full public card, never the submitter or their profile. */
public final class IdeationEvents {

    public static final String IDEA = "Idea";
    public static final String AXIS = "Axis";
    private static final int SCHEMA_VERSION = 1;

    private IdeationEvents() {
    }

    public static DomainEvent submitted(Idea idea) {
        return idea(idea, "IdeaSubmitted", IdeaSubmitted.newBuilder().setIdea(card(idea)).build());
    }

    public static DomainEvent edited(Idea idea, List<String> changedFields) {
        return idea(idea, "IdeaEdited", IdeaEdited.newBuilder().setIdea(card(idea)).addAllChangedFields(changedFields).build());
    }

    public static DomainEvent stateChanged(Idea idea, IdeaState from, String reason) {
        return idea(idea, "IdeaStateChanged", IdeaStateChanged.newBuilder().setIdea(card(idea)).setFromState(from.name())
                .setToState(idea.state().name()).setReason(reason == null ? "" : reason).build());
    }

    public static DomainEvent supported(Idea idea) {
        return idea(idea, "IdeaSupported", IdeaSupported.newBuilder().setIdea(card(idea)).build());
    }

    public static DomainEvent axisDefined(Axis axis) {
        return axis(axis, "AxisDefined", AxisDefined.newBuilder().setAxis(card(axis)).build());
    }

    public static DomainEvent axisUpdated(Axis axis) {
        return axis(axis, "AxisUpdated", AxisUpdated.newBuilder().setAxis(card(axis)).build());
    }

    private static DomainEvent idea(Idea idea, String type, Message payload) {
        return new DomainEvent(Topics.IDEATION, type, SCHEMA_VERSION, IDEA, idea.id(), idea.version(), idea.memberSlug(),
                payload);
    }

    private static DomainEvent axis(Axis axis, String type, Message payload) {
        return new DomainEvent(Topics.IDEATION, type, SCHEMA_VERSION, AXIS, axis.id(), axis.version(), axis.memberSlug(),
                payload);
    }

    public static IdeaCard card(Idea idea) {
        IdeaCard.Builder card = IdeaCard.newBuilder()
                .setId(idea.id())
                .setMemberSlug(idea.memberSlug())
                .setNumber(idea.number())
                .setAxisId(idea.axisId())
                .setAxisCode(idea.axisCode() == null ? "" : idea.axisCode())
                .setCategory(idea.category() == null ? "" : idea.category())
                .setSource(idea.source().name())
                .setProblem(idea.problem())
                .setProposedSolution(idea.proposedSolution())
                .setNote(idea.note() == null ? "" : idea.note())
                .addAllLanguages(idea.languages())
                .setState(idea.state().name())
                .setMergedInto(idea.mergedInto() == null ? "" : idea.mergedInto())
                .addAllProjectIds(idea.projectIds())
                .setSupportCount(idea.supportCount())
                .setAuthorDisplayName(idea.authorDisplayName() == null ? "" : idea.authorDisplayName())
                .setSubmittedAt(timestamp(idea.submittedAt()))
                .setUpdatedAt(timestamp(idea.updatedAt()))
                .setVersion(idea.version());
        if (idea.outcome() != null) {
            card.setOutcome(text(idea.outcome()));
        }
        return card.build();
    }

    static AxisCard card(Axis axis) {
        return AxisCard.newBuilder().setId(axis.id()).setMemberSlug(axis.memberSlug()).setProgramme(axis.programme())
                .setCode(axis.code()).setPosition(axis.position()).setTitle(text(axis.title())).setActive(axis.active())
                .setVersion(axis.version()).build();
    }

    private static ma.remacto.events.v1.LocalizedText text(LocalizedText text) {
        return ma.remacto.events.v1.LocalizedText.newBuilder().setAr(text.ar()).setFr(text.fr()).build();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
