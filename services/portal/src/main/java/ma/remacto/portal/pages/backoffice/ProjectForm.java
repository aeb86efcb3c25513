package ma.remacto.portal.pages.backoffice;

import static ma.remacto.portal.clients.Json.map;
import static ma.remacto.portal.clients.Json.string;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * The openness project card as the staff fill it in (the seeds' template: axis, title, problem as issues, causes and
 * consequences, proposed solution, principles, competence, the two yes/no questions, budget and funding, expected
 * results, output and impact indicators, the retained ideas it answers, and an OGP commitment's details), shared by
 * formulating a project (with its schedule) and editing its card afterwards (with the version the editor saw).
 * Lists are typed one item per line; indicators and expected results are rows, blank rows left out. Everything stays
 * text as typed, so a refused form comes back exactly as it was sent; the projects service checks the rest and
 * names each refused field, which {@link #inputIds} turns into the form's input.
 */
public record ProjectForm(String planId, String version, String axisCode, String titleAr, String titleFr,
        String issues, String causes, String consequences, String proposedSolution, List<String> principles,
        String competence, String linkedToActionProgramme, String feasibleWithinPeriod, String estimatedBudget,
        String fundingSource, List<String> ideaIds, List<IndicatorRow> indicators, List<ResultRow> expectedResults,
        CommitmentForm commitment, ScheduleForm schedule, boolean published) {

    /** Blank rows the form offers for a new schedule. */
    static final int ACTIVITY_ROWS = 6;
    /** Blank indicator rows offered after the filled ones. */
    static final int BLANK_INDICATORS = 2;
    /** The service takes at most three expected results, one per programme objective. */
    static final int MAX_RESULTS = 3;
    /** Most indicator rows read from a form (the card allows 50; a few more so a refusal can name the excess). */
    static final int MAX_INDICATOR_ROWS = 60;

    private static final Pattern ROW_FIELD = Pattern.compile("(indicators|expectedResults|activities)\\[(\\d+)](?:\\.(.*))?");

    public ProjectForm {
        principles = principles == null ? List.of() : List.copyOf(principles);
        ideaIds = ideaIds == null ? List.of() : List.copyOf(ideaIds);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        expectedResults = expectedResults == null ? List.of() : List.copyOf(expectedResults);
        commitment = commitment == null ? CommitmentForm.EMPTY : commitment;
    }

    /** An output or impact indicator as typed; an existing one carries its id, so its measurements stay with it. */
    public record IndicatorRow(String id, String kind, String title, String unit, String baseline, String target,
            boolean qualitative) {

        static final IndicatorRow BLANK = new IndicatorRow("", "OUTPUT", "", "", "", "", false);

        /** A row with nothing typed in it (its kind is preselected, so it does not count). */
        public boolean isBlank() {
            return (title + unit + baseline + target).isBlank() && !qualitative;
        }
    }

    /** How the project contributes to one of the programme's objectives. */
    public record ResultRow(String objective, String contribution) {

        static final ResultRow BLANK = new ResultRow("", "");

        public boolean isBlank() {
            return (objective + contribution).isBlank();
        }
    }

    /** An OGP commitment's details (plans of the OGP format only); its completion level is assessed apart. */
    public record CommitmentForm(String leadInstitution, String supportActors, List<String> ogpValues,
            String description, String expectedResults) {

        static final CommitmentForm EMPTY = new CommitmentForm("", "", List.of(), "", "");

        public CommitmentForm {
            ogpValues = ogpValues == null ? List.of() : List.copyOf(ogpValues);
        }
    }

    /** The form for a new project in the plan: blank rows to fill in. */
    public static ProjectForm empty(String planId) {
        List<String> blanks = Collections.nCopies(ACTIVITY_ROWS, "");
        return new ProjectForm(planId, "", "", "", "", "", "", "", "", List.of(), "", "", "", "", "", List.of(),
                withBlankRows(List.of(), IndicatorRow.BLANK, BLANK_INDICATORS),
                withBlankRows(List.of(), ResultRow.BLANK, 1), CommitmentForm.EMPTY,
                new ScheduleForm(List.of(), blanks, blanks, blanks, blanks), false);
    }

    /** The card of a stored project (as {@code GET /api/projects/{id}} answers), with blank rows to add to it. */
    static ProjectForm of(Map<String, Object> project) {
        Map<String, Object> card = map(project.get("card"));
        Map<String, Object> title = map(card.get("title"));
        Map<String, Object> problem = map(card.get("problem"));
        List<IndicatorRow> indicators = new ArrayList<>();
        for (Object each : list(card.get("indicators"))) {
            Map<String, Object> i = map(each);
            indicators.add(new IndicatorRow(string(i.get("id")), string(i.get("kind")), string(i.get("title")),
                    string(i.get("unit")), decimal(i.get("baseline")), decimal(i.get("target")),
                    Boolean.TRUE.equals(i.get("qualitative"))));
        }
        List<ResultRow> results = new ArrayList<>();
        for (Object each : list(card.get("expectedResults"))) {
            Map<String, Object> r = map(each);
            results.add(new ResultRow(string(r.get("objective")), string(r.get("contribution"))));
        }
        Map<String, Object> c = map(card.get("commitment"));
        CommitmentForm commitment = new CommitmentForm(string(c.get("leadInstitution")),
                String.join("\n", strings(c.get("supportActors"))), strings(c.get("ogpValues")),
                string(c.get("description")), string(c.get("expectedResults")));
        return new ProjectForm(string(project.get("planId")), string(project.get("version")), string(card.get("axisCode")),
                string(title.get("ar")), string(title.get("fr")), String.join("\n", strings(problem.get("issues"))),
                String.join("\n", strings(problem.get("causes"))),
                String.join("\n", strings(problem.get("consequences"))),
                String.join("\n", strings(card.get("proposedSolution"))), strings(card.get("principles")),
                string(card.get("competence")), string(card.get("linkedToActionProgramme")),
                string(card.get("feasibleWithinPeriod")), decimal(card.get("estimatedBudget")),
                string(card.get("fundingSource")), strings(card.get("ideaIds")),
                withBlankRows(indicators, IndicatorRow.BLANK, BLANK_INDICATORS),
                withBlankRows(results, ResultRow.BLANK, results.size() < MAX_RESULTS ? 1 : 0), commitment,
                ScheduleForm.of(project), Boolean.TRUE.equals(project.get("published")));
    }

    /**
     * The form as posted: plain fields, indicator rows as {@code indicators[i].title} and so on, expected results as
     * {@code expectedResults[i].objective}, the schedule as parallel columns. Rows are kept as typed, blank ones
     * too, so the page comes back with the same rows.
     */
    static ProjectForm fromParameters(MultiValueMap<String, String> p) {
        List<IndicatorRow> indicators = new ArrayList<>();
        for (int i = 0; i < MAX_INDICATOR_ROWS; i++) {
            String prefix = "indicators[" + i + "].";
            if (p.keySet().stream().anyMatch(key -> key.startsWith(prefix))) {
                indicators.add(new IndicatorRow(one(p, prefix + "id"), one(p, prefix + "kind"),
                        one(p, prefix + "title"), one(p, prefix + "unit"), one(p, prefix + "baseline"),
                        one(p, prefix + "target"), "true".equals(one(p, prefix + "qualitative"))));
            }
        }
        List<ResultRow> results = new ArrayList<>();
        for (int i = 0; i < MAX_RESULTS + 2; i++) {
            String prefix = "expectedResults[" + i + "].";
            if (p.keySet().stream().anyMatch(key -> key.startsWith(prefix))) {
                results.add(new ResultRow(one(p, prefix + "objective"), one(p, prefix + "contribution")));
            }
        }
        CommitmentForm commitment = new CommitmentForm(one(p, "commitment.leadInstitution"),
                one(p, "commitment.supportActors"), all(p, "commitment.ogpValues"), one(p, "commitment.description"),
                one(p, "commitment.expectedResults"));
        ScheduleForm schedule = new ScheduleForm(all(p, "activityId"), all(p, "activityTitle"),
                all(p, "activityStart"), all(p, "activityEnd"), all(p, "activityWeight"));
        return new ProjectForm(one(p, "planId"), one(p, "version"), one(p, "axisCode"), one(p, "titleAr"),
                one(p, "titleFr"), one(p, "issues"), one(p, "causes"), one(p, "consequences"),
                one(p, "proposedSolution"), all(p, "principles"), one(p, "competence"),
                one(p, "linkedToActionProgramme"), one(p, "feasibleWithinPeriod"), one(p, "estimatedBudget"),
                one(p, "fundingSource"), all(p, "ideaIds"), indicators, results, commitment, schedule,
                "true".equals(one(p, "published")));
    }

    /** The same form with one more blank row of {@code rows} ({@code indicators}, {@code expectedResults}). */
    ProjectForm withBlankRow(String rows) {
        List<IndicatorRow> moreIndicators = "indicators".equals(rows) && indicators.size() < MAX_INDICATOR_ROWS
                ? withBlankRows(indicators, IndicatorRow.BLANK, 1) : indicators;
        List<ResultRow> moreResults = "expectedResults".equals(rows) && expectedResults.size() < MAX_RESULTS
                ? withBlankRows(expectedResults, ResultRow.BLANK, 1) : expectedResults;
        return new ProjectForm(planId, version, axisCode, titleAr, titleFr, issues, causes, consequences,
                proposedSolution, principles, competence, linkedToActionProgramme, feasibleWithinPeriod,
                estimatedBudget, fundingSource, ideaIds, moreIndicators, moreResults, commitment, schedule, published);
    }

    /** The same form, to be saved over another version of the project. */
    ProjectForm withVersion(String newVersion) {
        return new ProjectForm(planId, newVersion, axisCode, titleAr, titleFr, issues, causes, consequences,
                proposedSolution, principles, competence, linkedToActionProgramme, feasibleWithinPeriod,
                estimatedBudget, fundingSource, ideaIds, indicators, expectedResults, commitment, schedule, published);
    }

    /** Whether another expected result row can be added (the service takes three). */
    public boolean canAddResult() {
        return expectedResults.size() < MAX_RESULTS;
    }

    /** {@code POST /api/projects}: the plan, the card, the schedule's filled rows and whether to publish now. */
    Map<String, Object> toFormulation(boolean ogp) {
        Map<String, Object> formulation = new LinkedHashMap<>();
        formulation.put("planId", planId);
        formulation.put("card", toCard(ogp));
        formulation.put("activities", schedule.activities());
        formulation.put("published", published);
        return formulation;
    }

    /**
     * The whole card ({@code PUT /api/projects/{id}} replaces it): every field, indicators with their ids, and the
     * commitment for a plan of the OGP format (the service refuses one anywhere else).
     */
    Map<String, Object> toCard(boolean ogp) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("axisCode", axisCode);
        card.put("title", Map.of("ar", strip(titleAr), "fr", strip(titleFr)));
        card.put("problem", Map.of("issues", lines(issues), "causes", lines(causes),
                "consequences", lines(consequences)));
        card.put("proposedSolution", lines(proposedSolution));
        card.put("principles", principles);
        card.put("competence", blankToNull(competence));
        card.put("linkedToActionProgramme", yesNo(linkedToActionProgramme));
        card.put("feasibleWithinPeriod", yesNo(feasibleWithinPeriod));
        card.put("estimatedBudget", blankToNull(estimatedBudget));
        card.put("fundingSource", blankToNull(fundingSource));
        List<Map<String, Object>> results = new ArrayList<>();
        for (ResultRow row : filled(expectedResults, ResultRow::isBlank)) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("objective", blankToNull(row.objective()));
            result.put("contribution", blankToNull(row.contribution()));
            results.add(result);
        }
        card.put("expectedResults", results);
        List<Map<String, Object>> measured = new ArrayList<>();
        for (IndicatorRow row : filled(indicators, IndicatorRow::isBlank)) {
            Map<String, Object> indicator = new LinkedHashMap<>();
            if (!blank(row.id())) {
                indicator.put("id", row.id().strip());
            }
            indicator.put("kind", blankToNull(row.kind()));
            indicator.put("title", strip(row.title()));
            indicator.put("unit", blankToNull(row.unit()));
            indicator.put("baseline", blankToNull(row.baseline()));
            indicator.put("target", blankToNull(row.target()));
            indicator.put("qualitative", row.qualitative());
            measured.add(indicator);
        }
        card.put("indicators", measured);
        card.put("ideaIds", ideaIds);
        if (ogp) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("leadInstitution", blankToNull(commitment.leadInstitution()));
            details.put("supportActors", lines(commitment.supportActors()));
            details.put("ogpValues", commitment.ogpValues());
            details.put("description", blankToNull(commitment.description()));
            details.put("expectedResults", blankToNull(commitment.expectedResults()));
            card.put("commitment", details);
        }
        return card;
    }

    /**
     * The form's inputs for the fields a refusal names: {@code card.} dropped; a row's field
     * ({@code indicators[1].unit}) is the input of the form row it came from ({@code indicator-3-unit}, blank rows
     * being left out of what was sent); a line of a list ({@code problem.issues[2]}, {@code ideaIds[0]}) is the
     * whole list's input. Messages of one input are joined.
     */
    Map<String, String> inputIds(Map<String, String> refused) {
        return inputIds(refused, schedule::rowOf, index -> rowOf(indicators, IndicatorRow::isBlank, index),
                index -> rowOf(expectedResults, ResultRow::isBlank, index));
    }

    /** Like {@link #inputIds(Map)}, with each kind of row's form row given. */
    static Map<String, String> inputIds(Map<String, String> refused, IntUnaryOperator activityRow,
            IntUnaryOperator indicatorRow, IntUnaryOperator resultRow) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.forEach((field, message) -> errors.merge(inputId(field, activityRow, indicatorRow, resultRow),
                message, (a, b) -> a.equals(b) ? a : a + " " + b));
        return errors;
    }

    private static String inputId(String field, IntUnaryOperator activityRow, IntUnaryOperator indicatorRow,
            IntUnaryOperator resultRow) {
        String name = field.startsWith("card.") ? field.substring("card.".length()) : field;
        Matcher row = ROW_FIELD.matcher(name);
        if (row.matches()) {
            int index = Integer.parseInt(row.group(2));
            String part = row.group(3) == null ? "" : row.group(3);
            return switch (row.group(1)) {
                case "indicators" -> "indicator-" + indicatorRow.applyAsInt(index) + "-"
                        + (part.isEmpty() || "id".equals(part) ? "title" : part);
                case "expectedResults" -> "result-" + resultRow.applyAsInt(index) + "-"
                        + (part.isEmpty() ? "objective" : part);
                default -> "activity-" + activityRow.applyAsInt(index) + "-" + (part.isEmpty() ? "title" : part);
            };
        }
        if (name.startsWith("problem.")) {
            name = name.substring("problem.".length());
        }
        // A line of a list typed one per line is the list's textarea.
        return name.replaceFirst("\\[\\d+]$", "");
    }

    /**
     * What each field of the card holds, as a person reads it: two forms differ on a field when these texts
     * differ. Codes (principles, competence, OGP values) stay codes; the page names them.
     */
    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("axisCode", strip(axisCode));
        texts.put("title.ar", strip(titleAr));
        texts.put("title.fr", strip(titleFr));
        texts.put("issues", String.join("\n", lines(issues)));
        texts.put("causes", String.join("\n", lines(causes)));
        texts.put("consequences", String.join("\n", lines(consequences)));
        texts.put("proposedSolution", String.join("\n", lines(proposedSolution)));
        texts.put("principles", String.join(", ", principles));
        texts.put("competence", strip(competence));
        texts.put("linkedToActionProgramme", strip(linkedToActionProgramme));
        texts.put("feasibleWithinPeriod", strip(feasibleWithinPeriod));
        texts.put("estimatedBudget", number(estimatedBudget));
        texts.put("fundingSource", strip(fundingSource));
        texts.put("expectedResults", String.join("; ", filled(expectedResults, ResultRow::isBlank).stream()
                .map(r -> strip(r.objective()) + ": " + strip(r.contribution())).toList()));
        texts.put("indicators", String.join("; ", filled(indicators, IndicatorRow::isBlank).stream()
                .map(i -> strip(i.title()) + " (" + strip(i.kind()) + ", " + strip(i.unit()) + ", "
                        + number(i.baseline()) + " → " + number(i.target()) + (i.qualitative() ? ", ~" : "") + ")")
                .toList()));
        texts.put("ideaIds", String.join(", ", ideaIds));
        texts.put("commitment.leadInstitution", strip(commitment.leadInstitution()));
        texts.put("commitment.supportActors", String.join("\n", lines(commitment.supportActors())));
        texts.put("commitment.ogpValues", String.join(", ", commitment.ogpValues()));
        texts.put("commitment.description", strip(commitment.description()));
        texts.put("commitment.expectedResults", strip(commitment.expectedResults()));
        return texts;
    }

    /**
     * The fields whose value in {@code current} (the card as it is now) differs from this form's: what someone
     * else changed while this form was being edited (and what this form changes), each with its value now.
     */
    List<Changed> differencesFrom(ProjectForm current) {
        Map<String, String> mine = texts();
        Map<String, String> theirs = current.texts();
        List<Changed> changed = new ArrayList<>();
        mine.forEach((field, value) -> {
            if (!Objects.equals(value, theirs.get(field))) {
                changed.add(new Changed(field, inputOf(field), theirs.get(field)));
            }
        });
        return changed;
    }

    /** A field changed meanwhile: its name, the input it links to, its value now. */
    public record Changed(String field, String id, String value) {
    }

    private static String inputOf(String field) {
        return switch (field) {
            case "indicators" -> "indicators";
            case "expectedResults" -> "expectedResults";
            default -> field;
        };
    }

    /** The form row of the service's {@code rows[index]}, blank rows having been left out of what was sent. */
    private static <T> int rowOf(List<T> rows, java.util.function.Predicate<T> isBlank, int index) {
        int seen = -1;
        for (int row = 0; row < rows.size(); row++) {
            if (!isBlank.test(rows.get(row)) && ++seen == index) {
                return row;
            }
        }
        return index;
    }

    private static <T> List<T> filled(List<T> rows, java.util.function.Predicate<T> isBlank) {
        return rows.stream().filter(row -> !isBlank.test(row)).toList();
    }

    private static <T> List<T> withBlankRows(List<T> rows, T blank, int count) {
        List<T> more = new ArrayList<>(rows);
        more.addAll(Collections.nCopies(count, blank));
        return more;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** A yes/no select: {@code true}, {@code false}, or not stated. */
    private static Boolean yesNo(String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    /** A decimal as a person types it ({@code 25000}, not {@code 25000.00}); anything else as it is. */
    private static String number(String value) {
        try {
            return blank(value) ? "" : new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value.strip();
        }
    }

    private static String decimal(Object value) {
        return value == null ? "" : number(value.toString());
    }

    private static String one(MultiValueMap<String, String> p, String name) {
        String value = p.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> all(MultiValueMap<String, String> p, String name) {
        List<String> values = p.get(name);
        return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
