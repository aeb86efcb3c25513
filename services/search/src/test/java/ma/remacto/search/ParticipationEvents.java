package ma.remacto.search;

import java.time.Instant;
import java.util.List;

import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.ConsultationCard;
import ma.remacto.events.v1.ConsultationItem;
import ma.remacto.events.v1.ConsultationScheduled;
import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.PetitionCard;
import ma.remacto.events.v1.PetitionDrafted;
import ma.remacto.events.v1.PetitionStatusChanged;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;

/** The petitions and consultations services' events as their outbox relays publish them (see {@link ProjectEvents}). */
final class ParticipationEvents {

    private ParticipationEvents() {
    }

    static PetitionCard.Builder petition(String id, String member, String titleAr, String subject, String status,
            long version) {
        return PetitionCard.newBuilder().setId(id).setMemberSlug(member).setPetitionerKind("ASSOCIATION")
                .setAssociationName("جمعية أصدقاء الحي").setTitle(LocalizedText.newBuilder().setAr(titleAr))
                .setSubject(subject).setStatus(status).setUpdatedAt(timestamp(Instant.parse("2024-07-01T09:00:00Z")))
                .setVersion(version);
    }

    static DomainEvent drafted(PetitionCard card) {
        return new DomainEvent(Topics.PETITIONS, "PetitionDrafted", 1, "Petition", card.getId(), card.getVersion(),
                card.getMemberSlug(), PetitionDrafted.newBuilder().setPetition(card).build());
    }

    static DomainEvent statusChanged(PetitionCard card, String from) {
        return new DomainEvent(Topics.PETITIONS, "PetitionStatusChanged", 1, "Petition", card.getId(),
                card.getVersion(), card.getMemberSlug(), PetitionStatusChanged.newBuilder().setPetition(card)
                        .setFrom(from).setTo(card.getStatus()).build());
    }

    static DomainEvent scheduled(String id, String member, String titleAr, String descriptionAr, List<String> items) {
        ConsultationCard.Builder card = ConsultationCard.newBuilder().setId(id).setMemberSlug(member)
                .setTitle(LocalizedText.newBuilder().setAr(titleAr))
                .setDescription(LocalizedText.newBuilder().setAr(descriptionAr)).setStatus("SCHEDULED")
                .setUpdatedAt(timestamp(Instant.parse("2024-07-01T09:00:00Z"))).setVersion(1);
        for (int i = 0; i < items.size(); i++) {
            card.addItems(ConsultationItem.newBuilder().setId("item-" + i)
                    .setTitle(LocalizedText.newBuilder().setAr(items.get(i))));
        }
        return new DomainEvent(Topics.CONSULTATIONS, "ConsultationScheduled", 1, "Consultation", id, 1, member,
                ConsultationScheduled.newBuilder().setConsultation(card).build());
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
