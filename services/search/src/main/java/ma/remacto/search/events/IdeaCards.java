package ma.remacto.search.events;

import static ma.remacto.search.events.CardTexts.blankToNull;
import static ma.remacto.search.events.CardTexts.instant;

import java.time.Instant;
import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.IdeaEdited;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.events.v1.IdeaSupported;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.LocalizedText;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.ProposalKind;

/**
 * Ideation's events (remacto.ideation.v1) as search sees them: every idea event carries the idea's full public
 * card, so indexing is an upsert of that card. Axis events and event types this version does not know are
 * not about searchable proposals and are ignored.
 */
public final class IdeaCards {

    private IdeaCards() {
    }

    /**
     * The idea card an event carries, empty for other event types.
     *
     * @throws PoisonEventException when the payload does not unpack as its event type says, or has no id
     */
    public static Optional<IdeaCard> card(EventEnvelope envelope) {
        IdeaCard card;
        try {
            card = switch (envelope.getEventType()) {
                case "IdeaSubmitted" -> envelope.getPayload().unpack(IdeaSubmitted.class).getIdea();
                case "IdeaEdited" -> envelope.getPayload().unpack(IdeaEdited.class).getIdea();
                case "IdeaStateChanged" -> envelope.getPayload().unpack(IdeaStateChanged.class).getIdea();
                case "IdeaSupported" -> envelope.getPayload().unpack(IdeaSupported.class).getIdea();
                default -> null; // AxisDefined, AxisUpdated, or a newer producer's type
            };
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
        if (card == null) {
            return Optional.empty();
        }
        CardChecks.require(envelope.getEventType(), "an idea card", card.getId(), card.getMemberSlug(),
                card.getVersion());
        return Optional.of(card);
    }

    /** The proposal to index; the member's region and province come from the read model when it knows the member. */
    public static Proposal proposal(IdeaCard card, Optional<MemberDirectoryEntry> member) {
        LocalizedText outcome = card.hasOutcome() ? new LocalizedText(blankToNull(card.getOutcome().getAr()),
                blankToNull(card.getOutcome().getFr())) : null;
        return new Proposal(card.getId(), ProposalKind.IDEA, card.getMemberSlug(),
                member.map(MemberDirectoryEntry::regionSlug).orElse(null),
                member.map(MemberDirectoryEntry::provinceSlug).orElse(null),
                card.getNumber(), blankToNull(card.getAxisId()), blankToNull(card.getAxisCode()),
                blankToNull(card.getCategory()), blankToNull(card.getSource()), blankToNull(card.getState()), null,
                blankToNull(card.getProblem()), blankToNull(card.getProposedSolution()), blankToNull(card.getNote()),
                outcome == null || outcome.isEmpty() ? null : outcome, card.getLanguagesList(), card.getSupportCount(),
                null, instant(card.hasSubmittedAt(), card.getSubmittedAt()),
                instant(card.hasUpdatedAt(), card.getUpdatedAt()), false, card.getVersion());
    }
}
