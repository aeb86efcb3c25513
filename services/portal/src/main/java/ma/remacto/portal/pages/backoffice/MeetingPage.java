package ma.remacto.portal.pages.backoffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One meeting's page: what was recorded, its history, and the ideas it produced, entered in bulk. The staff paste
 * the workshop's idea table as for any workshop ({@link WorkshopTable}: same columns, same preview), and
 * consultations sends the rows to ideation as one workshop batch named after the meeting (all rows or none). Each
 * row needs an axis, from the table's axis column or the axis chosen for the whole table; the ideas' numbers are
 * ideation's. The form carries a batch id chosen when it is first shown, and consultations remembers it: sending the
 * same table twice (a double click, a reload, a retry after a lost answer) records it once and says so, while the
 * meeting's other changes (its minutes corrected meanwhile) no longer stop a table from being sent. After a table
 * is recorded the page opens a new form, so the next table is a new batch; a different table sent from the same form
 * (after going back) is refused by consultations and the form shown again with a new batch id and the table kept.
 */
@Controller
public class MeetingPage {

    static final List<String> SOURCES = List.of("LIVE_WORKSHOP", "CONSULTATIVE_BODY");
    private static final int MAX_ROWS = 500;
    /** Batch ids as consultations (and ideation) take them. */
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final BackOffice backOffice;
    private final Services services;
    public MeetingPage(BackOffice backOffice, Services services) {
        this.backOffice = backOffice;
        this.services = services;
    }

    /** What the staff typed to collect the meeting's ideas, shown back on every step, with the form's batch id. */
    public record Entry(String batchId, String source, String axisCode, String table) {

        static Entry fresh(String source, String axisCode, String table) {
            return new Entry(UUID.randomUUID().toString(), source, axisCode, table);
        }
    }

    @GetMapping(BackOfficeMeetings.PATH + "/{id:[A-Za-z0-9-]+}")
    public String meeting(@PathVariable String member, @PathVariable String id, Model model) {
        backOffice.open(member, "meetings", model);
        Map<String, Object> meeting = BackOfficeMeetings.meetingOf(services, member, id);
        return show(member, meeting, model, Entry.fresh("LIVE_WORKSHOP", "", ""), null, null, Map.of());
    }

    @PostMapping(BackOfficeMeetings.PATH + "/{id:[A-Za-z0-9-]+}/ideas")
    public String collect(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "") String batchId, @RequestParam(defaultValue = "LIVE_WORKSHOP") String source,
            @RequestParam(defaultValue = "") String axisCode, @RequestParam(defaultValue = "") String table,
            @RequestParam(required = false) String confirm, Model model) {
        backOffice.open(member, "meetings", model);
        Map<String, Object> meeting = BackOfficeMeetings.meetingOf(services, member, id);
        String chosen = SOURCES.contains(source) ? source : "LIVE_WORKSHOP";
        Entry entry = BATCH_ID.matcher(batchId).matches() ? new Entry(batchId, chosen, axisCode, table)
                : Entry.fresh(chosen, axisCode, table);
        WorkshopTable parsed = WorkshopTable.parse(table, axisCode.isBlank() ? null : axisCode);
        List<WorkshopTable.Problem> problems = problems(parsed);
        if (confirm == null || !problems.isEmpty()) {
            return show(member, meeting, model, entry, parsed, problems, Map.of());
        }
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("batchId", entry.batchId());
        batch.put("source", entry.source());
        batch.put("rows", rows(parsed));
        try {
            Map<String, Object> answer = services.post("consultations", "/api/meetings/" + id + "/ideas", batch);
            return "redirect:/" + lang + "/back-office/" + member + "/meetings/" + id + "?collected="
                    + answer.getOrDefault("ideas", parsed.rows().size())
                    + (Boolean.TRUE.equals(answer.get("alreadyRecorded")) ? "&again" : "") + "#ideas";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            model.addAttribute("refusal", refused.detail());
            // This form's batch id already recorded another table: sending this one again makes it a new batch.
            Entry next = "meeting.ideas.batch-reused".equals(FieldErrors.code(refused))
                    ? Entry.fresh(entry.source(), axisCode, table) : entry;
            return show(member, meeting, model, next, parsed, problems, WorkshopIdeas.rowErrors(refused, parsed));
        }
    }

    /** The table's own problems, and rows left without an axis (a meeting's ideas each need one), by line. */
    static List<WorkshopTable.Problem> problems(WorkshopTable parsed) {
        List<WorkshopTable.Problem> problems = new ArrayList<>(parsed.problems());
        parsed.rows().stream().filter(row -> row.axisCode() == null)
                .forEach(row -> problems.add(new WorkshopTable.Problem(row.line(), "bo.meetings.ideas.axis")));
        if (parsed.rows().size() > MAX_ROWS) {
            problems.add(new WorkshopTable.Problem(0, "bo.meetings.ideas.too-many"));
        }
        return problems;
    }

    /** The rows as consultations takes them: no number (ideation numbers them) and no state (they are received). */
    static List<Map<String, Object>> rows(WorkshopTable parsed) {
        return parsed.rows().stream().map(row -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("axisCode", row.axisCode());
            body.put("category", row.category());
            body.put("problem", row.problem() == null ? "" : row.problem());
            body.put("proposedSolution", row.proposedSolution() == null ? "" : row.proposedSolution());
            body.put("note", row.note());
            return body;
        }).toList();
    }

    private String show(String member, Map<String, Object> meeting, Model model, Entry entry, WorkshopTable parsed,
            List<WorkshopTable.Problem> problems, Map<Integer, String> rowErrors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("breakdowns", MeetingForm.BREAKDOWNS);
        model.addAttribute("history", services.getList("consultations", "/api/meetings/" + meeting.get("id")
                + "/history", Map.of()));
        model.addAttribute("entry", entry);
        model.addAttribute("parsed", parsed);
        model.addAttribute("problems", problems == null ? List.of() : problems);
        model.addAttribute("rowErrors", rowErrors);
        model.addAttribute("sources", SOURCES);
        model.addAttribute("axes", services.getList("ideation", "/api/axes", Map.of("member", member)).stream()
                .filter(a -> Boolean.TRUE.equals(a.get("active"))).toList());
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", null);
        }
        model.addAttribute("errors", Map.of());
        return "backoffice/meeting";
    }
}
