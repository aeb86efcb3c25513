package ma.remacto.portal.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A count split by a category (ideas by state, participants by age group…) as a page lists it: in the category's own
 * order (age groups youngest first, states in the order an idea moves through them), values the page does not know
 * after them, {@code UNKNOWN} (people who did not say) last; each with its share of the total in percent.
 *
 * @param total the sum of every row
 * @param rows the rows in order
 */
public record Breakdown(long total, List<Row> rows) {

    public static final String UNKNOWN = "UNKNOWN";

    /** Orders the pages use. */
    public static final List<String> STATES = List.of("RECEIVED", "IN_PROCESSING", "WITH_COMMITTEE", "RETAINED",
            "MERGED", "NOT_RETAINED", "WITHDRAWN");
    public static final List<String> SOURCES = List.of("DIGITAL", "LIVE_WORKSHOP", "CONSULTATIVE_BODY", "PETITION",
            "CONSULTATION");
    public static final List<String> GENDERS = List.of("FEMALE", "MALE");
    public static final List<String> AGE_GROUPS = List.of("UNDER_18", "18_24", "25_34", "35_44", "45_59", "60_PLUS");
    public static final List<String> PARTICIPANT_TYPES = List.of("CITIZEN", "ASSOCIATION", "ELECTED", "STAFF", "OTHER");
    public static final List<String> PETITION_STATUSES = List.of("COLLECTING_SIGNATURES", "FILED", "ADMISSIBLE",
            "INADMISSIBLE", "IN_COMMITTEE", "ON_SESSION_AGENDA", "DECIDED", "AGENT_NOTIFIED");
    public static final List<String> PETITIONER_KINDS = List.of("CITIZENS", "ASSOCIATION");
    public static final List<String> PLAN_STATUSES = List.of("DRAFT", "IN_CONSULTATION", "ADOPTED", "IN_EXECUTION",
            "CLOSED");

    /**
     * @param key the category's value as the API names it
     * @param count how many
     * @param percent share of the total, one decimal (0 when the total is 0)
     */
    public record Row(String key, long count, BigDecimal percent) {

        public boolean unknown() {
            return UNKNOWN.equals(key);
        }
    }

    /** @param counts the API's counts by value (null: nothing counted) */
    public static Breakdown of(Map<String, ?> counts, List<String> order) {
        Map<String, Long> remaining = new LinkedHashMap<>();
        if (counts != null) {
            counts.forEach((key, value) -> remaining.put(key, value instanceof Number n ? n.longValue() : 0L));
        }
        long total = remaining.values().stream().mapToLong(Long::longValue).sum();
        List<Row> rows = new ArrayList<>();
        for (String key : order) {
            Long count = remaining.remove(key);
            if (count != null) {
                rows.add(row(key, count, total));
            }
        }
        Long unknown = remaining.remove(UNKNOWN);
        remaining.forEach((key, count) -> rows.add(row(key, count, total)));
        if (unknown != null) {
            rows.add(row(UNKNOWN, unknown, total));
        }
        return new Breakdown(total, List.copyOf(rows));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** True when every row is UNKNOWN: nobody said, and the page says so rather than drawing one bar. */
    public boolean onlyUnknown() {
        return !rows.isEmpty() && rows.stream().allMatch(Row::unknown);
    }

    private static Row row(String key, long count, long total) {
        BigDecimal percent = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        return new Row(key, count, percent);
    }
}
