package ma.remacto.members.domain;

import java.util.List;

import ma.remacto.platform.mongo.ChangedFields;

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
        return new ChangedFields()
                .compare("kind", a.kind(), other.kind())
                .compare("name", a.name(), other.name())
                .compare("regionSlug", a.regionSlug(), other.regionSlug())
                .compare("provinceSlug", a.provinceSlug(), other.provinceSlug())
                .compare("population", a.population(), other.population())
                .compare("populationCensusYear", a.populationCensusYear(), other.populationCensusYear())
                .compare("hasArrondissements", a.hasArrondissements(), other.hasArrondissements())
                .compare("contactEmail", a.contactEmail(), other.contactEmail())
                .compare("pointOfContactRole", a.pointOfContactRole(), other.pointOfContactRole())
                .compare("committee", a.committee(), other.committee())
                .compare("joinedOn", a.joinedOn(), other.joinedOn())
                .names();
    }
}
