package ma.remacto.members.events;

import java.util.List;

import com.google.protobuf.Message;

import ma.remacto.events.v1.MemberDeactivated;
import ma.remacto.events.v1.MemberReactivated;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.events.v1.MemberUpdated;
import ma.remacto.members.domain.CommitteeSeat;
import ma.remacto.members.domain.LocalizedText;
import ma.remacto.members.domain.Member;
import ma.remacto.members.domain.MemberCard;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;

/** The member directory's events; each carries the full public card (the topic is compacted). */
public final class MemberEvents {

    public static final String AGGREGATE = "Member";
    private static final int SCHEMA_VERSION = 1;

    private MemberEvents() {
    }

    public static DomainEvent registered(Member member) {
        return event("MemberRegistered", member, MemberRegistered.newBuilder().setMember(card(member)).build());
    }

    public static DomainEvent updated(Member member, List<String> changedFields) {
        return event("MemberUpdated", member,
                MemberUpdated.newBuilder().setMember(card(member)).addAllChangedFields(changedFields).build());
    }

    public static DomainEvent deactivated(Member member, String reason) {
        return event("MemberDeactivated", member,
                MemberDeactivated.newBuilder().setMember(card(member)).setReason(reason).build());
    }

    public static DomainEvent reactivated(Member member) {
        return event("MemberReactivated", member, MemberReactivated.newBuilder().setMember(card(member)).build());
    }

    private static DomainEvent event(String type, Member member, Message payload) {
        return new DomainEvent(Topics.MEMBERS, type, SCHEMA_VERSION, AGGREGATE, member.slug(), member.version(),
                member.slug(), payload);
    }

    static ma.remacto.events.v1.MemberCard card(Member member) {
        MemberCard card = member.card();
        ma.remacto.events.v1.MemberCard.Builder builder = ma.remacto.events.v1.MemberCard.newBuilder()
                .setSlug(member.slug())
                .setKind(ma.remacto.events.v1.MemberKind.valueOf("MEMBER_KIND_" + card.kind().name()))
                .setName(text(card.name()))
                .setRegionSlug(nullToEmpty(card.regionSlug()))
                .setProvinceSlug(nullToEmpty(card.provinceSlug()))
                .setPopulation(card.population())
                .setPopulationCensusYear(card.populationCensusYear() == null ? 0 : card.populationCensusYear())
                .setHasArrondissements(card.hasArrondissements())
                .setContactEmail(nullToEmpty(card.contactEmail()))
                .setJoinedOn(card.joinedOn() == null ? "" : card.joinedOn().toString())
                .setStatus(ma.remacto.events.v1.MemberStatus.valueOf("MEMBER_STATUS_" + member.status().name()))
                .setVersion(member.version());
        if (card.pointOfContactRole() != null) {
            builder.setPointOfContactRole(text(card.pointOfContactRole()));
        }
        for (CommitteeSeat seat : card.committee()) {
            builder.addCommittee(ma.remacto.events.v1.CommitteeSeat.newBuilder().setRole(seat.role())
                    .setRoleLabel(text(seat.roleLabel())).setSeats(seat.seats()));
        }
        return builder.build();
    }

    private static ma.remacto.events.v1.LocalizedText text(LocalizedText text) {
        return text == null ? ma.remacto.events.v1.LocalizedText.getDefaultInstance()
                : ma.remacto.events.v1.LocalizedText.newBuilder().setAr(nullToEmpty(text.ar())).setFr(nullToEmpty(text.fr()))
                        .build();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
