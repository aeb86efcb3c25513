package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A co-preparation calendar's history as the page reads it: consultations records one entry per date or note changed,
 * naming it {@code stages.<STAGE>.<field>} with ISO dates; the page names the stage and the date in its language and
 * writes the dates out, so the shared changes table shows "Adoption of the programme – planned start: 1 March 2025".
 */
final class CalendarHistory {

    private static final Pattern FIELD = Pattern.compile("stages\\.([A-Z_]+)\\.([A-Za-z]+)");

    private CalendarHistory() {
    }

    /**
     * @param words a message key's text in the page's language
     * @param date  an ISO date written out in the page's language
     */
    static List<Map<String, Object>> readable(List<Map<String, Object>> entries, Function<String, String> words,
            Function<Object, String> date) {
        return entries.stream().map(entry -> {
            Map<String, Object> shown = new LinkedHashMap<>(entry);
            boolean dates = false;
            if (entry.get("fields") instanceof List<?> fields) {
                shown.put("fields", fields.stream().map(field -> {
                    Matcher matcher = FIELD.matcher(String.valueOf(field));
                    if (!matcher.matches()) {
                        return String.valueOf(field);
                    }
                    return words.apply("bo.calendar.stage." + matcher.group(1)) + " – "
                            + words.apply("bo.calendar." + matcher.group(2));
                }).toList());
                dates = fields.stream().noneMatch(field -> String.valueOf(field).endsWith(".note"));
            }
            if (dates) {
                shown.put("from", entry.get("from") == null ? null : date.apply(entry.get("from")));
                shown.put("to", entry.get("to") == null ? null : date.apply(entry.get("to")));
            }
            return shown;
        }).toList();
    }
}
