package ma.remacto.members.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A member of the network: a territorial collectivity with its public card and its status. */
public record Member(String slug, MemberCard card, MemberStatus status, ProfileCounts profile, long version) {

    public static Member register(String slug, MemberCard card) {
        return new Member(slug, card, MemberStatus.ACTIVE, ProfileCounts.NONE, 1);
    }

    public Member edit(MemberCard newCard) {
        return new Member(slug, newCard, status, profile, version + 1);
    }

    public Member withStatus(MemberStatus newStatus) {
        return new Member(slug, card, newStatus, profile, version + 1);
    }

    /** Names of the card's fields that differ, for the event and the history. */
    public List<String> changedFields(MemberCard other) {
        MemberCard a = card;
        List<String> changed = new ArrayList<>();
        compare(changed, "kind", a.kind(), other.kind());
        compare(changed, "name", a.name(), other.name());
        compare(changed, "regionSlug", a.regionSlug(), other.regionSlug());
        compare(changed, "provinceSlug", a.provinceSlug(), other.provinceSlug());
        compare(changed, "population", a.population(), other.population());
        compare(changed, "populationCensusYear", a.populationCensusYear(), other.populationCensusYear());
        compare(changed, "hasArrondissements", a.hasArrondissements(), other.hasArrondissements());
        compare(changed, "contactEmail", a.contactEmail(), other.contactEmail());
        compare(changed, "pointOfContactRole", a.pointOfContactRole(), other.pointOfContactRole());
        compare(changed, "committee", a.committee(), other.committee());
        compare(changed, "joinedOn", a.joinedOn(), other.joinedOn());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
