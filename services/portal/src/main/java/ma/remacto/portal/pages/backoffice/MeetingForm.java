package ma.remacto.portal.pages.backoffice;

import static ma.remacto.portal.clients.Json.map;
import static ma.remacto.portal.clients.Json.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting or workshop as the staff type it (every field kept as typed, so a refused form comes back as it was
 * sent) and as consultations takes it. Participants are counts, never names: a total and, when given, breakdowns by
 * gender, age group and participant type, each of which must add up to the total (the service checks and names the
 * breakdown that does not). A count that is not a whole number is refused here, on its own input, before anything is
 * sent.
 */
public record MeetingForm(String kind, String titleAr, String titleFr, String date, String place, String programme,
        Map<String, String> counts, String organisations, String agenda, String minutes, String outputs,
        String version) {

    public static final List<String> KINDS = List.of("INFORMATION_MEETING", "TRAINING_WORKSHOP",
            "CO_PREPARATION_WORKSHOP", "THEMATIC_CONSULTATION", "TERRITORIAL_CONSULTATION", "COMMITTEE_MEETING");

    /** The breakdowns and their keys, in the order the form shows them (as consultations' profiles, plus UNKNOWN). */
    public static final Map<String, List<String>> BREAKDOWNS = breakdowns();

    static final String TOTAL = "participants.total";
    private static final int MAX_COUNT_DIGITS = 7;

    private static Map<String, List<String>> breakdowns() {
        Map<String, List<String>> b = new LinkedHashMap<>();
        b.put("byGender", List.of("FEMALE", "MALE", "UNKNOWN"));
        b.put("byAgeGroup", List.of("UNDER_18", "18_24", "25_34", "35_44", "45_59", "60_PLUS", "UNKNOWN"));
        b.put("byParticipantType", List.of("CITIZEN", "ASSOCIATION", "ELECTED", "STAFF", "OTHER", "UNKNOWN"));
        return java.util.Collections.unmodifiableMap(b);
    }

    /** The input's name for a count: {@code participants.byGender.FEMALE}. */
    public static String countField(String breakdown, String key) {
        return "participants." + breakdown + "." + key;
    }

    /** An empty form for a new meeting of the given programme. */
    public static MeetingForm blank(String programme) {
        return new MeetingForm("CO_PREPARATION_WORKSHOP", "", "", "", "", programme == null ? "" : programme,
                Map.of(), "", "", "", "", "");
    }

    /** The form's fields as posted. */
    public static MeetingForm from(Map<String, String> posted) {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put(TOTAL, string(posted.get(TOTAL)));
        BREAKDOWNS.forEach((breakdown, keys) -> keys.forEach(key -> {
            String name = countField(breakdown, key);
            counts.put(name, string(posted.get(name)));
        }));
        return new MeetingForm(string(posted.get("kind")), string(posted.get("title.ar")), string(posted.get("title.fr")),
                string(posted.get("date")), string(posted.get("place")), string(posted.get("programme")), counts,
                string(posted.get("organisations")), string(posted.get("agenda")), string(posted.get("minutes")),
                string(posted.get("outputs")), string(posted.get("version")));
    }

    /** A recorded meeting (consultations' answer), to edit. */
    public static MeetingForm of(Map<String, Object> meeting) {
        Map<String, Object> title = map(meeting.get("title"));
        Map<String, Object> participants = map(meeting.get("participants"));
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put(TOTAL, string(participants.get("total")));
        BREAKDOWNS.forEach((breakdown, keys) -> {
            Map<String, Object> given = map(participants.get(breakdown));
            keys.forEach(key -> counts.put(countField(breakdown, key), string(given.get(key))));
        });
        return new MeetingForm(string(meeting.get("kind")), string(title.get("ar")), string(title.get("fr")),
                string(meeting.get("date")), string(meeting.get("place")), string(meeting.get("programme")), counts,
                Lines.join(meeting.get("organisations")), Lines.join(meeting.get("agenda")),
                string(meeting.get("minutes")), Lines.join(meeting.get("outputs")), string(meeting.get("version")));
    }

    /** The count typed in an input ({@code participants.total}, {@code participants.byGender.FEMALE}). */
    public String count(String field) {
        return counts.getOrDefault(field, "");
    }

    /** What cannot be sent as typed: the field's name to a message key of the back office's bundle. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        counts.forEach((field, value) -> {
            if (!value.isEmpty() && !value.matches("[0-9]{1," + MAX_COUNT_DIGITS + "}")) {
                problems.put(field, "bo.meetings.count.invalid");
            }
        });
        if (CasablancaTimes.badDate(date)) {
            problems.put("date", "bo.meetings.date.invalid");
        }
        return problems;
    }

    /** The body of {@code POST /api/meetings} and {@code PUT /api/meetings/{id}}. */
    public Map<String, Object> toRequest(String member) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("member", member);
        body.put("kind", orNull(kind));
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("ar", titleAr);
        title.put("fr", orNull(titleFr));
        body.put("title", title);
        body.put("date", CasablancaTimes.isoDate(date));
        body.put("place", orNull(place));
        body.put("programme", orNull(programme));
        Map<String, Object> participants = new LinkedHashMap<>();
        participants.put("total", number(count(TOTAL)));
        BREAKDOWNS.forEach((breakdown, keys) -> {
            Map<String, Object> given = new LinkedHashMap<>();
            keys.forEach(key -> {
                Long value = number(count(countField(breakdown, key)));
                if (value != null) {
                    given.put(key, value);
                }
            });
            // A breakdown left empty is not given (and not checked against the total).
            if (!given.isEmpty()) {
                participants.put(breakdown, given);
            }
        });
        body.put("participants", participants);
        body.put("organisations", Lines.of(organisations));
        body.put("agenda", Lines.of(agenda));
        body.put("minutes", orNull(minutes));
        body.put("outputs", Lines.of(outputs));
        return body;
    }

    /** The same form with another version (after a concurrent change, to send again over it knowingly). */
    public MeetingForm withVersion(Object newVersion) {
        return new MeetingForm(kind, titleAr, titleFr, date, place, programme, counts, organisations, agenda, minutes,
                outputs, string(newVersion));
    }

    private static Long number(String value) {
        return value == null || !value.matches("[0-9]{1," + MAX_COUNT_DIGITS + "}") ? null : Long.valueOf(value);
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
