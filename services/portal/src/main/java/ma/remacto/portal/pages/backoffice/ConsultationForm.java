package ma.remacto.portal.pages.backoffice;

import static ma.remacto.portal.clients.Json.map;
import static ma.remacto.portal.clients.Json.string;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A public consultation on the draft programme as the staff prepare it (or record one held before the platform):
 * title, description, the plan it consults on, its items, its window. Items are the projects of the plan the staff
 * tick (each keeps the project's title and axis) and lines typed one per line, {@code Arabic title | French title}
 * (French optional). Each item gets a short code: {@code P1, P2…} for projects, {@code B1, B2…} for typed lines
 * (بند), unique by construction. The window is typed as Morocco's wall-clock time and sent as instants.
 */
public record ConsultationForm(String titleAr, String titleFr, String descriptionAr, String descriptionFr,
        String planId, String programme, List<String> projects, String items, String opensAt, String closesAt,
        String recordedContributions) {

    public static ConsultationForm blank(String programme, String opensAt, String closesAt) {
        return new ConsultationForm("", "", "", "", "", programme == null ? "" : programme, List.of(), "", opensAt,
                closesAt, "");
    }

    public static ConsultationForm from(MultiValueMap<String, String> posted) {
        List<String> projects = posted.getOrDefault("projects", List.of()).stream()
                .filter(p -> p != null && !p.isBlank()).distinct().toList();
        return new ConsultationForm(text(posted, "title.ar"), text(posted, "title.fr"), text(posted, "description.ar"),
                text(posted, "description.fr"), text(posted, "planId"), text(posted, "programme"), projects,
                text(posted, "items"), text(posted, "opensAt"), text(posted, "closesAt"),
                text(posted, "recordedContributions"));
    }

    /** An item typed on a line: its Arabic title, and its French one after a {@code |}. */
    public record Line(String ar, String fr) {

        static Line of(String line) {
            int bar = line.indexOf('|');
            if (bar < 0) {
                return new Line(line.strip(), null);
            }
            String fr = line.substring(bar + 1).strip();
            return new Line(line.substring(0, bar).strip(), fr.isEmpty() ? null : fr);
        }
    }

    public List<Line> lines() {
        return Lines.of(items).stream().map(Line::of).toList();
    }

    public boolean ticked(Object projectId) {
        return projectId != null && projects.contains(projectId.toString());
    }

    /**
     * What cannot be sent as typed (a time or a count that is not one): the field's name to a message key of the
     * back office's bundle. Everything else (no item, too many, an item without its Arabic title, a window the wrong
     * way round) is the service's to refuse, all fields in one answer.
     */
    public Map<String, String> problems(boolean past) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (CasablancaTimes.badInstant(opensAt)) {
            problems.put("opensAt", "bo.consultations.time.invalid");
        }
        if (CasablancaTimes.badInstant(closesAt)) {
            problems.put("closesAt", "bo.consultations.time.invalid");
        }
        if (past && !recordedContributions.isBlank() && !recordedContributions.strip().matches("[0-9]{1,8}")) {
            problems.put("recordedContributions", "bo.meetings.count.invalid");
        }
        return problems;
    }

    /**
     * The body of {@code POST /api/consultations} (and {@code /past}).
     *
     * @param projectsById the member's projects the staff could tick, by id (a ticked id not among them is left out)
     */
    public Map<String, Object> toRequest(String member, Map<String, Map<String, Object>> projectsById,
            boolean past) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("member", member);
        body.put("title", text(titleAr, titleFr));
        body.put("description", descriptionAr.isBlank() && descriptionFr.isBlank() ? null
                : text(descriptionAr, descriptionFr));
        body.put("planId", blank(planId));
        body.put("programme", blank(programme));
        body.put("items", items(projectsById));
        Instant opens = CasablancaTimes.instant(opensAt);
        Instant closes = CasablancaTimes.instant(closesAt);
        body.put("opensAt", opens == null ? null : opens.toString());
        body.put("closesAt", closes == null ? null : closes.toString());
        if (past) {
            body.put("recordedContributions", recordedContributions.isBlank() ? null
                    : Integer.valueOf(recordedContributions.strip()));
        }
        return body;
    }

    /** The items: the ticked projects in the order offered, then the typed lines. */
    List<Map<String, Object>> items(Map<String, Map<String, Object>> projectsById) {
        List<Map<String, Object>> items = new ArrayList<>();
        int p = 0;
        for (Map.Entry<String, Map<String, Object>> project : projectsById.entrySet()) {
            if (!projects.contains(project.getKey())) {
                continue;
            }
            Map<String, Object> card = map(project.getValue().get("card"));
            Map<String, Object> title = map(card.get("title"));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "P" + (++p));
            item.put("title", text(string(title.get("ar")), string(title.get("fr"))));
            item.put("projectId", project.getKey());
            item.put("axisCode", card.get("axisCode"));
            items.add(item);
        }
        int b = 0;
        for (Line line : lines()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "B" + (++b));
            item.put("title", text(line.ar(), line.fr()));
            items.add(item);
        }
        return items;
    }

    /** A bilingual text for a service: Arabic as typed, French left out (null) when blank. */
    static Map<String, Object> text(String ar, String fr) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("ar", ar == null ? "" : ar);
        text.put("fr", blank(fr));
        return text;
    }

    /** A posted field, empty when it was not posted. */
    static String text(MultiValueMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
