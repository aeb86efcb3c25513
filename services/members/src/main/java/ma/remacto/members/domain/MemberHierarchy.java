package ma.remacto.members.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;

/**
 * A region is its own region; a province belongs to a region; a commune belongs to a region and,
 * when given, to a province of that same region. Regional portals and petition thresholds rely on it.
 */
public final class MemberHierarchy {

    private MemberHierarchy() {
    }

    /** Returns the card with the region of a region filled in, or refuses it with the fields at fault. */
    public static MemberCard check(String slug, MemberCard card, Function<String, Optional<Member>> members) {
        List<FieldProblem> problems = new ArrayList<>();
        MemberCard checked = card;
        switch (card.kind()) {
            case REGION -> {
                if (card.regionSlug() != null && !card.regionSlug().equals(slug)) {
                    problems.add(new FieldProblem("regionSlug", "member.region.self"));
                }
                if (card.provinceSlug() != null) {
                    problems.add(new FieldProblem("provinceSlug", "member.province.not-allowed"));
                }
                checked = new MemberCard(card.kind(), card.name(), slug, null, card.population(),
                        card.populationCensusYear(), card.hasArrondissements(), card.contactEmail(),
                        card.pointOfContactRole(), card.committee(), card.joinedOn());
            }
            case PROVINCE -> {
                requireRegion(card, members, problems);
                if (card.provinceSlug() != null) {
                    problems.add(new FieldProblem("provinceSlug", "member.province.not-allowed"));
                }
            }
            case COMMUNE -> {
                requireRegion(card, members, problems);
                if (card.provinceSlug() != null) {
                    Optional<Member> province = members.apply(card.provinceSlug());
                    if (province.isEmpty() || province.get().card().kind() != MemberKind.PROVINCE) {
                        problems.add(new FieldProblem("provinceSlug", "member.province.unknown", card.provinceSlug()));
                    } else if (!province.get().card().regionSlug().equals(card.regionSlug())) {
                        problems.add(new FieldProblem("provinceSlug", "member.province.other-region", card.provinceSlug()));
                    }
                }
            }
        }
        if (card.kind() != MemberKind.COMMUNE && card.hasArrondissements()) {
            problems.add(new FieldProblem("hasArrondissements", "member.arrondissements.commune-only"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        return checked;
    }

    private static void requireRegion(MemberCard card, Function<String, Optional<Member>> members,
            List<FieldProblem> problems) {
        if (card.regionSlug() == null) {
            problems.add(new FieldProblem("regionSlug", "validation.NotBlank"));
            return;
        }
        Optional<Member> region = members.apply(card.regionSlug());
        if (region.isEmpty() || region.get().card().kind() != MemberKind.REGION) {
            problems.add(new FieldProblem("regionSlug", "member.region.unknown", card.regionSlug()));
        }
    }
}
