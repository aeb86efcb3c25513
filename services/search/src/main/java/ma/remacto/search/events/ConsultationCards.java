package ma.remacto.search.events;

import static ma.remacto.search.events.CardTexts.createdAt;
import static ma.remacto.search.events.CardTexts.instant;
import static ma.remacto.search.events.CardTexts.lines;
import static ma.remacto.search.events.CardTexts.localized;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.ConsultationCard;
import ma.remacto.events.v1.ConsultationClosed;
import ma.remacto.events.v1.ConsultationEdited;
import ma.remacto.events.v1.ConsultationOpened;
import ma.remacto.events.v1.ConsultationScheduled;
import ma.remacto.events.v1.ConsultationSummaryPublished;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.ProposalKind;

/**
 * The consultations service's public consultations as search documents (announced ones included, so people find a
 * consultation before it opens): the title, the description (as the problem raised) and the items put to the
 * public (as what is proposed); once the summary is published, its themes and the changes to the draft go in the
 * note. Meetings, calendars, contributions and surveys are not searched (their events are ignored).
 */
public final class ConsultationCards {

    private ConsultationCards() {
    }

    /**
     * The consultation card of an event, or empty for an event of another type.
     *
     * @throws PoisonEventException when the payload does not unpack as its type says, or the card lacks id, member
     *                              or version
     */
    public static Optional<ConsultationCard> card(EventEnvelope envelope) {
        ConsultationCard card;
        try {
            card = switch (envelope.getEventType()) {
                case "ConsultationScheduled" ->
                    envelope.getPayload().unpack(ConsultationScheduled.class).getConsultation();
                case "ConsultationEdited" -> envelope.getPayload().unpack(ConsultationEdited.class).getConsultation();
                case "ConsultationOpened" -> envelope.getPayload().unpack(ConsultationOpened.class).getConsultation();
                case "ConsultationClosed" -> envelope.getPayload().unpack(ConsultationClosed.class).getConsultation();
                case "ConsultationSummaryPublished" ->
                    envelope.getPayload().unpack(ConsultationSummaryPublished.class).getConsultation();
                default -> null; // meetings, calendars, contributions, surveys, or a newer producer's type
            };
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
        if (card == null) {
            return Optional.empty();
        }
        CardChecks.require(envelope.getEventType(), "a consultation card", card.getId(), card.getMemberSlug(),
                card.getVersion());
        return Optional.of(card);
    }

    public static Proposal proposal(ConsultationCard card, Optional<MemberDirectoryEntry> member) {
        String description = card.hasDescription()
                ? lines(List.of(card.getDescription().getAr(), card.getDescription().getFr())) : null;
        String items = lines(card.getItemsList().stream()
                .flatMap(item -> Stream.of(item.getTitle().getAr(), item.getTitle().getFr())).toList());
        String summary = card.hasSummary() ? lines(Stream.concat(card.getSummary().getThemesList().stream(),
                card.getSummary().getChangesToDraftList().stream()).toList()) : null;
        return new Proposal(card.getId(), ProposalKind.CONSULTATION, card.getMemberSlug(),
                member.map(MemberDirectoryEntry::regionSlug).orElse(null),
                member.map(MemberDirectoryEntry::provinceSlug).orElse(null), 0, null, null, null, null, null,
                localized(card.hasTitle(), card.getTitle()), description, items, summary, null, List.of(),
                card.getContributionsPublished(), null, createdAt(card.getId()),
                instant(card.hasUpdatedAt(), card.getUpdatedAt()), false, card.getVersion());
    }
}
