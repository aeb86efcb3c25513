package ma.remacto.members.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.members.domain.CommitteeSeat;
import ma.remacto.members.domain.LocalizedText;
import ma.remacto.members.domain.Member;
import ma.remacto.members.domain.MemberCard;
import ma.remacto.members.domain.MemberKind;
import ma.remacto.members.domain.MemberStatus;
import ma.remacto.members.domain.ProfileCounts;
import ma.remacto.platform.mongo.AggregateStore;

import org.bson.Document;

/** Maps members to and from their MongoDB documents (state fields only; history and outbox are the store's). */
final class MemberDocuments {

    static final String PROFILE = "profile";
    static final String ACTIVE_AXES = "activeAxes";

    private MemberDocuments() {
    }

    static Document state(Member member) {
        MemberCard card = member.card();
        return new Document(AggregateStore.ID, member.slug())
                .append("kind", card.kind().name())
                .append("kindOrder", card.kind().ordinal())
                .append("name", text(card.name()))
                .append("regionSlug", card.regionSlug())
                .append("provinceSlug", card.provinceSlug())
                .append("population", card.population())
                .append("populationCensusYear", card.populationCensusYear())
                .append("hasArrondissements", card.hasArrondissements())
                .append("contactEmail", card.contactEmail())
                .append("pointOfContactRole", text(card.pointOfContactRole()))
                .append("committee", card.committee().stream().map(seat -> new Document("role", seat.role())
                        .append("roleLabel", text(seat.roleLabel())).append("seats", seat.seats())).toList())
                .append("joinedOn", card.joinedOn() == null ? null : card.joinedOn().toString())
                .append("status", member.status().name());
        // No "profile": the counters own it (MemberRepository.adjustProfile), and a card write never touches it.
    }

    static Member member(Document document) {
        MemberCard card = new MemberCard(
                MemberKind.valueOf(document.getString("kind")),
                text(document.get("name", Document.class)),
                document.getString("regionSlug"),
                document.getString("provinceSlug"),
                ((Number) document.get("population")).longValue(),
                document.getInteger("populationCensusYear"),
                Boolean.TRUE.equals(document.getBoolean("hasArrondissements")),
                document.getString("contactEmail"),
                text(document.get("pointOfContactRole", Document.class)),
                document.getList("committee", Document.class, List.of()).stream()
                        .map(seat -> new CommitteeSeat(seat.getString("role"), text(seat.get("roleLabel", Document.class)),
                                seat.getInteger("seats")))
                        .toList(),
                document.getString("joinedOn") == null ? null : LocalDate.parse(document.getString("joinedOn")));
        return new Member(document.getString(AggregateStore.ID), card, MemberStatus.valueOf(document.getString("status")),
                profile(document.get(PROFILE, Document.class)), ((Number) document.get(AggregateStore.VERSION)).longValue());
    }

    /**
     * The counts kept by the profile counters: {@code profile.ideas}, {@code profile.projects}, and the active axes
     * per programme ({@code profile.activeAxes.2024-2025}), of which the current programme's are shown.
     */
    private static ProfileCounts profile(Document profile) {
        if (profile == null) {
            return ProfileCounts.NONE;
        }
        Map<String, Long> activeAxes = new HashMap<>();
        Document byProgramme = profile.get(ACTIVE_AXES, Document.class);
        if (byProgramme != null) {
            byProgramme.forEach((programme, count) -> activeAxes.put(programme, ((Number) count).longValue()));
        }
        return new ProfileCounts(number(profile, "ideas"), number(profile, "projects"),
                ProfileCounts.currentProgrammeAxes(activeAxes));
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Document text(LocalizedText text) {
        return text == null ? null : new Document("ar", text.ar()).append("fr", text.fr());
    }

    private static LocalizedText text(Document document) {
        return document == null ? null : new LocalizedText(document.getString("ar"), document.getString("fr"));
    }
}
