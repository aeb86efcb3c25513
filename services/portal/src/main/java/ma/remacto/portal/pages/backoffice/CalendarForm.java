package ma.remacto.portal.pages.backoffice;

import static ma.remacto.portal.clients.Json.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The co-preparation calendar of a programme as one form: the six stages of seed 004's calendar (information
 * meeting, training workshop, choice of the priority axes, idea collection, consultation on the draft, adoption),
 * each with planned and actual dates and a note. Inputs are named {@code STAGE.field} (also their ids, so a refusal
 * links to its input); a stage left entirely empty is not sent. Consultations names a refused field by its index in
 * the stages sent ({@code stages[2].plannedEnd}): {@link #errors} turns that back into the input's name.
 */
public record CalendarForm(Map<String, Map<String, String>> stages, String version) {

    public static final List<String> STAGES = List.of("INFORMATION_MEETING", "TRAINING", "AXES_CHOICE",
            "IDEA_COLLECTION", "DRAFT_CONSULTATION", "ADOPTION");
    public static final List<String> DATES = List.of("plannedStart", "plannedEnd", "actualStart", "actualEnd");
    private static final List<String> FIELDS = List.of("plannedStart", "plannedEnd", "actualStart", "actualEnd",
            "note");
    private static final Pattern INDEXED = Pattern.compile("stages\\[(\\d+)]\\.?(.*)");

    public static CalendarForm from(Map<String, String> posted) {
        Map<String, Map<String, String>> stages = new LinkedHashMap<>();
        for (String stage : STAGES) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : FIELDS) {
                String value = posted.get(stage + "." + field);
                fields.put(field, value == null ? "" : value.strip());
            }
            stages.put(stage, fields);
        }
        String version = posted.get("version");
        return new CalendarForm(stages, version == null ? "" : version);
    }

    /** The calendar as consultations answers it ({@code {calendar: {stages, version}, stages: [...]}}), or none. */
    public static CalendarForm of(Map<String, Object> timeline) {
        Map<String, String> posted = new LinkedHashMap<>();
        Map<String, Object> calendar = map(timeline == null ? null : timeline.get("calendar"));
        if (calendar.get("stages") instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> stage = map(item);
                for (String field : FIELDS) {
                    Object value = stage.get(field);
                    posted.put(stage.get("stage") + "." + field, value == null ? "" : value.toString());
                }
            }
        }
        Object version = calendar.get("version");
        posted.put("version", version == null ? "" : version.toString());
        return from(posted);
    }

    public String value(String stage, String field) {
        return stages.getOrDefault(stage, Map.of()).getOrDefault(field, "");
    }

    /** The stages sent, in order: those with anything typed. */
    List<String> sent() {
        return STAGES.stream().filter(s -> stages.get(s).values().stream().anyMatch(v -> !v.isEmpty())).toList();
    }

    /** Dates that are not dates, by input name, to a message key. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String stage : STAGES) {
            for (String field : DATES) {
                if (CasablancaTimes.badDate(value(stage, field))) {
                    problems.put(stage + "." + field, "bo.calendar.date.invalid");
                }
            }
            if (value(stage, "note").length() > 1000) {
                problems.put(stage + ".note", "bo.calendar.note.long");
            }
        }
        return problems;
    }

    /** The body of {@code PUT /api/calendars/{member}/{programme}}. */
    public Map<String, Object> toRequest() {
        List<Map<String, Object>> body = new ArrayList<>();
        for (String stage : sent()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("stage", stage);
            for (String field : DATES) {
                s.put(field, CasablancaTimes.isoDate(value(stage, field)));
            }
            s.put("note", value(stage, "note").isEmpty() ? null : value(stage, "note"));
            body.add(s);
        }
        return Map.of("stages", body);
    }

    /** A refusal's fields by input name ({@code stages[2].plannedEnd} → {@code AXES_CHOICE.plannedEnd}). */
    public Map<String, String> errors(Map<String, String> fieldErrors) {
        List<String> sent = sent();
        Map<String, String> errors = new LinkedHashMap<>();
        fieldErrors.forEach((field, message) -> {
            Matcher m = INDEXED.matcher(field);
            String name = field;
            if (m.matches() && Integer.parseInt(m.group(1)) < sent.size()) {
                String stage = sent.get(Integer.parseInt(m.group(1)));
                name = stage + "." + (m.group(2).isEmpty() || m.group(2).equals("stage") ? "plannedStart" : m.group(2));
            }
            errors.merge(name, message, (a, b) -> a + " " + b);
        });
        return errors;
    }
}
