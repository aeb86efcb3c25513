package ma.remacto.petitions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.platform.problems.FieldProblem;

/**
 * An association petitioning in its own name, with the conditions the organic laws set: legally set up in Morocco
 * for more than 3 years (founding date), run democratically, in good standing, its seat or a branch in the member's
 * territory, and acting in the petition's field (declared by the association).
 */
public record Association(String name, LocalDate foundedOn, Boolean establishedInMorocco, Boolean democraticallyRun,
        Boolean goodStanding, Boolean seatOrBranchInTerritory, Boolean activityRelated) {

    /** The minimum age of the association on the day it petitions. */
    public static final int MIN_YEARS = 3;

    /** The conditions it fails on {@code day}, as field problems under {@code prefix} ("association"). */
    public List<FieldProblem> failedConditions(LocalDate day, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (foundedOn == null) {
            problems.add(new FieldProblem(prefix + ".foundedOn", "validation.NotNull"));
        } else if (!foundedOn.isBefore(day.minusYears(MIN_YEARS))) {
            problems.add(new FieldProblem(prefix + ".foundedOn", "petition.association.too-recent", MIN_YEARS));
        }
        check(establishedInMorocco, prefix + ".establishedInMorocco", "petition.association.not-established-in-morocco", problems);
        check(democraticallyRun, prefix + ".democraticallyRun", "petition.association.not-democratic", problems);
        check(goodStanding, prefix + ".goodStanding", "petition.association.not-in-good-standing", problems);
        check(seatOrBranchInTerritory, prefix + ".seatOrBranchInTerritory", "petition.association.outside-territory", problems);
        check(activityRelated, prefix + ".activityRelated", "petition.association.unrelated-activity", problems);
        return problems;
    }

    private static void check(Boolean declared, String field, String code, List<FieldProblem> problems) {
        if (!Boolean.TRUE.equals(declared)) {
            problems.add(new FieldProblem(field, code));
        }
    }
}
