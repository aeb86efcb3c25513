package ma.remacto.portal.pages.consultations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who came to a meeting, as counts only (never names): the breakdowns by gender, age group and participant type the
 * member recorded, each row with its message key, count and share of the total, in the order the programmes'
 * reports use. A breakdown the member did not record is left out rather than drawn empty.
 */
final class Attendance {

    static final List<String> GENDERS = List.of("FEMALE", "MALE", "UNKNOWN");
    static final List<String> AGE_GROUPS = List.of("UNDER_18", "18_24", "25_34", "35_44", "45_59", "60_PLUS", "UNKNOWN");
    static final List<String> PARTICIPANT_TYPES = List.of("CITIZEN", "ASSOCIATION", "ELECTED", "STAFF", "OTHER",
            "UNKNOWN");

    /** One bar: what it counts (a message key), how many, and their share of the total in percent. */
    record Row(String label, long count, java.math.BigDecimal share) {
    }

    /** One breakdown: its title (a message key) and its rows. */
    record Breakdown(String title, List<Row> rows) {
    }

    private Attendance() {
    }

    static List<Breakdown> of(Map<String, Object> participants) {
        long total = participants != null && participants.get("total") instanceof Number n ? n.longValue() : 0;
        List<Breakdown> breakdowns = new ArrayList<>();
        add(breakdowns, "meeting.by-gender", "gender.", GENDERS, participants, "byGender", total);
        add(breakdowns, "meeting.by-age", "age.", AGE_GROUPS, participants, "byAgeGroup", total);
        add(breakdowns, "meeting.by-type", "participant.", PARTICIPANT_TYPES, participants, "byParticipantType", total);
        return breakdowns;
    }

    @SuppressWarnings("unchecked")
    private static void add(List<Breakdown> into, String title, String prefix, List<String> keys,
            Map<String, Object> participants, String name, long total) {
        if (participants == null || !(participants.get(name) instanceof Map<?, ?> counts) || counts.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            if (((Map<String, Object>) counts).get(key) instanceof Number n) {
                rows.add(new Row("UNKNOWN".equals(key) ? "meeting.unknown" : prefix + key, n.longValue(),
                        Positions.share(n.longValue(), total)));
            }
        }
        into.add(new Breakdown(title, rows));
    }
}
