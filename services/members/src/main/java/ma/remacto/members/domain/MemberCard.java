package ma.remacto.members.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a network administrator registers and edits about a member. The slug is its permanent
 * identifier (portal URLs, tokens' member claims), so it is set once and never changes.
 */
public record MemberCard(
        MemberKind kind,
        LocalizedText name,
        String regionSlug,
        String provinceSlug,
        long population,
        Integer populationCensusYear,
        boolean hasArrondissements,
        String contactEmail,
        LocalizedText pointOfContactRole,
        List<CommitteeSeat> committee,
        LocalDate joinedOn) {

    public MemberCard {
        committee = committee == null ? List.of() : List.copyOf(committee);
    }
}
