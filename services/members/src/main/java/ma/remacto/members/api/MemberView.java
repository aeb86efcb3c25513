package ma.remacto.members.api;

import java.time.LocalDate;
import java.util.List;

import ma.remacto.members.domain.CommitteeSeat;
import ma.remacto.members.domain.LocalizedText;
import ma.remacto.members.domain.Member;
import ma.remacto.members.domain.MemberKind;
import ma.remacto.members.domain.MemberStatus;
import ma.remacto.members.domain.ProfileCounts;

/** The public card of a member, as the portal and open-data consumers read it. */
public record MemberView(String slug, MemberKind kind, LocalizedText name, String regionSlug, String provinceSlug,
        long population, Integer populationCensusYear, boolean hasArrondissements, String contactEmail,
        LocalizedText pointOfContactRole, List<CommitteeSeat> committee, LocalDate joinedOn, MemberStatus status,
        ProfileCounts profile, long version) {

    static MemberView of(Member member) {
        var card = member.card();
        return new MemberView(member.slug(), card.kind(), card.name(), card.regionSlug(), card.provinceSlug(),
                card.population(), card.populationCensusYear(), card.hasArrondissements(), card.contactEmail(),
                card.pointOfContactRole(), card.committee(), card.joinedOn(), member.status(), member.profile(),
                member.version());
    }
}
