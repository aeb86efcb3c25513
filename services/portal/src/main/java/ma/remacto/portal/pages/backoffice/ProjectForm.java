package ma.remacto.portal.pages.backoffice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The openness project card as the staff fill it in (the seeds' template: axis, title, problem as issues, causes and
 * consequences, proposed solution, principles, competence, budget and funding, the retained ideas it answers) and its
 * schedule, one activity per row. Lists are typed one item per line. Empty activity rows are left out; the projects
 * service checks the rest (weights summing to 100, dates inside the plan) and names each refused field.
 */
public record ProjectForm(String planId, String axisCode, String titleAr, String titleFr, String issues,
        String causes, String consequences, String proposedSolution, List<String> principles, String competence,
        String estimatedBudget, String fundingSource, List<String> ideaIds, List<String> activityTitle,
        List<String> activityStart, List<String> activityEnd, List<String> activityWeight, Boolean published) {

    /** Blank rows the form offers for a new schedule. */
    static final int ACTIVITY_ROWS = 6;

    public static ProjectForm empty(String planId) {
        List<String> blanks = new ArrayList<>(java.util.Collections.nCopies(ACTIVITY_ROWS, ""));
        return new ProjectForm(planId, "", "", "", "", "", "", "", List.of(), "", "", "", List.of(), blanks, blanks,
                blanks, blanks, false);
    }

    public Map<String, Object> toFormulation() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("axisCode", axisCode);
        card.put("title", Map.of("ar", strip(titleAr), "fr", strip(titleFr)));
        card.put("problem", Map.of("issues", lines(issues), "causes", lines(causes),
                "consequences", lines(consequences)));
        card.put("proposedSolution", lines(proposedSolution));
        card.put("principles", principles == null ? List.of() : principles);
        card.put("competence", blankToNull(competence));
        card.put("estimatedBudget", blankToNull(estimatedBudget));
        card.put("fundingSource", blankToNull(fundingSource));
        card.put("ideaIds", ideaIds == null ? List.of() : ideaIds);
        Map<String, Object> formulation = new LinkedHashMap<>();
        formulation.put("planId", planId);
        formulation.put("card", card);
        formulation.put("activities", schedule().activities());
        formulation.put("published", Boolean.TRUE.equals(published));
        return formulation;
    }

    /** The schedule part of the form (new activities have no id yet). */
    public ScheduleForm schedule() {
        return new ScheduleForm(List.of(), activityTitle, activityStart, activityEnd, activityWeight);
    }

    /** The form row of the service's {@code activities[index]}. */
    int activityRowOf(int index) {
        return schedule().rowOf(index);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
