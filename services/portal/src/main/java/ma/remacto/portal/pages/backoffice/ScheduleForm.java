package ma.remacto.portal.pages.backoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's schedule as typed, one activity per row (the form's parallel columns). Rows left empty are dropped; a
 * row that names an existing activity by id keeps that activity's status, progress and evidence in the projects
 * service. The service checks the rest and names refused rows by their index among the filled ones, which
 * {@link #rowOf} maps back to the form's row.
 */
public record ScheduleForm(List<String> activityId, List<String> activityTitle, List<String> activityStart,
        List<String> activityEnd, List<String> activityWeight) {

    /** Blank rows offered after the existing activities. */
    static final int BLANK_ROWS = 3;

    /** The schedule of a stored project, followed by blank rows for new activities. */
    @SuppressWarnings("unchecked")
    static ScheduleForm of(Map<String, Object> project) {
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        for (Map<String, Object> activity : (List<Map<String, Object>>) project.get("activities")) {
            ids.add(String.valueOf(activity.get("id")));
            titles.add(String.valueOf(activity.get("title")));
            starts.add(String.valueOf(activity.get("start")));
            ends.add(String.valueOf(activity.get("end")));
            weights.add(new java.math.BigDecimal(String.valueOf(activity.get("weight"))).stripTrailingZeros()
                    .toPlainString());
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            ids.add("");
            titles.add("");
            starts.add("");
            ends.add("");
            weights.add("");
        }
        return new ScheduleForm(ids, titles, starts, ends, weights);
    }

    /** The filled rows as the projects service takes them. */
    List<Map<String, Object>> activities() {
        List<Map<String, Object>> activities = new ArrayList<>();
        for (int row : filledRows()) {
            Map<String, Object> activity = new java.util.LinkedHashMap<>();
            String id = at(activityId, row);
            if (!id.isBlank()) {
                activity.put("id", id);
            }
            activity.put("title", at(activityTitle, row).strip());
            activity.put("start", blankToNull(at(activityStart, row)));
            activity.put("end", blankToNull(at(activityEnd, row)));
            activity.put("weight", blankToNull(at(activityWeight, row)));
            activities.add(activity);
        }
        return activities;
    }

    /** The form row of the service's {@code activities[index]}. */
    int rowOf(int index) {
        List<Integer> filled = filledRows();
        return index < filled.size() ? filled.get(index) : index;
    }

    private List<Integer> filledRows() {
        List<Integer> rows = new ArrayList<>();
        int count = Math.max(Math.max(size(activityTitle), size(activityStart)),
                Math.max(size(activityEnd), size(activityWeight)));
        for (int row = 0; row < count; row++) {
            if (!(at(activityTitle, row) + at(activityStart, row) + at(activityEnd, row) + at(activityWeight, row))
                    .isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() && values.get(index) != null ? values.get(index) : "";
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
