package ma.remacto.search.events;

import static ma.remacto.search.events.CardTexts.blankToNull;
import static ma.remacto.search.events.CardTexts.createdAt;
import static ma.remacto.search.events.CardTexts.instant;
import static ma.remacto.search.events.CardTexts.lines;
import static ma.remacto.search.events.CardTexts.localized;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.PastPetitionRecorded;
import ma.remacto.events.v1.PetitionCard;
import ma.remacto.events.v1.PetitionDrafted;
import ma.remacto.events.v1.PetitionEdited;
import ma.remacto.events.v1.PetitionSignaturesCounted;
import ma.remacto.events.v1.PetitionStatusChanged;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.ProposalKind;

/**
 * The petitions service's events as search documents. A petition is public once it leaves {@code DRAFT} (while a
 * draft only its agent and the member's staff see it), so a draft is a removal marker. What is searched: the title,
 * the subject (as the problem raised) and the requests (as what is proposed); the association's public name goes
 * with the subject. The card never carries signatories, so nothing personal can reach the index.
 */
public final class PetitionCards {

    static final String DRAFT = "DRAFT";

    private PetitionCards() {
    }

    /**
     * The petition card of an event, or empty for an event of another type.
     *
     * @throws PoisonEventException when the payload does not unpack as its type says, or the card lacks id, member
     *                              or version
     */
    public static Optional<PetitionCard> card(EventEnvelope envelope) {
        PetitionCard card;
        try {
            card = switch (envelope.getEventType()) {
                case "PetitionDrafted" -> envelope.getPayload().unpack(PetitionDrafted.class).getPetition();
                case "PetitionEdited" -> envelope.getPayload().unpack(PetitionEdited.class).getPetition();
                case "PetitionStatusChanged" -> envelope.getPayload().unpack(PetitionStatusChanged.class).getPetition();
                case "PetitionSignaturesCounted" ->
                    envelope.getPayload().unpack(PetitionSignaturesCounted.class).getPetition();
                case "PastPetitionRecorded" -> envelope.getPayload().unpack(PastPetitionRecorded.class).getPetition();
                default -> null; // a newer producer's type
            };
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
        if (card == null) {
            return Optional.empty();
        }
        CardChecks.require(envelope.getEventType(), "a petition card", card.getId(), card.getMemberSlug(),
                card.getVersion());
        return Optional.of(card);
    }

    public static Proposal proposal(PetitionCard card, Optional<MemberDirectoryEntry> member) {
        Instant updatedAt = instant(card.hasUpdatedAt(), card.getUpdatedAt());
        if (card.getStatus().isBlank() || DRAFT.equals(card.getStatus())) {
            return Proposal.removed(card.getId(), ProposalKind.PETITION, card.getMemberSlug(), updatedAt,
                    card.getVersion());
        }
        String subject = lines(List.of(card.getSubject(), card.getAssociationName()));
        return new Proposal(card.getId(), ProposalKind.PETITION, card.getMemberSlug(),
                member.map(MemberDirectoryEntry::regionSlug).orElse(null),
                member.map(MemberDirectoryEntry::provinceSlug).orElse(null), 0, null, null, null, null, null,
                localized(card.hasTitle(), card.getTitle()), subject, lines(card.getRequestsList()),
                blankToNull(card.getDecision()), null, List.of(), card.getSignatures(), null, createdAt(card.getId()),
                updatedAt, false, card.getVersion());
    }
}
