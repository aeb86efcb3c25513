package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
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
 * Bulk entry of the ideas a workshop or the consultative body produced: the member's table pasted as it is, shown back
 * as a preview, then recorded by ideation as one batch (all rows or none; each bad row named). The batch id is chosen
 * when the form is first shown, so sending the same table twice (a double click, a reload) records nothing twice.
 */
@Controller
public class WorkshopIdeas {

    private static final String PATH = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/ideas/batch";
    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.?(.*)");
    static final List<String> SOURCES = List.of("LIVE_WORKSHOP", "CONSULTATIVE_BODY", "DIGITAL", "PETITION",
            "CONSULTATION");

    private final BackOffice backOffice;
    private final Services services;

    public WorkshopIdeas(BackOffice backOffice, Services services) {
        this.backOffice = backOffice;
        this.services = services;
    }

    @GetMapping(PATH)
    public String form(@PathVariable String member, Model model) {
        return show(member, model, new Entry(UUID.randomUUID().toString(), "LIVE_WORKSHOP", "", "RECEIVED", ""), null,
                null, Map.of());
    }

    @PostMapping(PATH)
    public String record(@PathVariable String lang, @PathVariable String member, @RequestParam String batchId,
            @RequestParam(defaultValue = "LIVE_WORKSHOP") String source,
            @RequestParam(defaultValue = "") String axisCode, @RequestParam(defaultValue = "RECEIVED") String state,
            @RequestParam(defaultValue = "") String table, @RequestParam(required = false) String confirm,
            Model model) {
        Entry entry = new Entry(batchId, source, axisCode, state, table);
        WorkshopTable parsed = WorkshopTable.parse(table, axisCode.isBlank() ? null : axisCode);
        if (confirm == null || !parsed.problems().isEmpty()) {
            return show(member, model, entry, parsed, null, Map.of());
        }
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("member", member);
        batch.put("batchId", batchId);
        batch.put("source", source);
        batch.put("rows", parsed.toRequestRows(state));
        try {
            backOffice.open(member, "ideas", model);
            Map<String, Object> answer = services.post("ideation", "/api/ideas/batches", batch);
            Object ideas = answer.get("ideas");
            int count = ideas instanceof List<?> list ? list.size() : parsed.rows().size();
            return "redirect:/" + lang + "/back-office/" + member + "/ideas?recorded=" + count;
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            return show(member, model, entry, parsed, refused.detail(), rowErrors(refused, parsed));
        }
    }

    /** Ideation names bad rows by their index in the batch ({@code rows[3].axisCode}): the page names their line. */
    static Map<Integer, String> rowErrors(Refused refused, WorkshopTable parsed) {
        Map<Integer, String> byLine = new LinkedHashMap<>();
        for (Map<String, Object> error : refused.fieldErrors()) {
            Matcher matcher = ROW_FIELD.matcher(String.valueOf(error.get("field")));
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) < parsed.rows().size()) {
                int line = parsed.rows().get(Integer.parseInt(matcher.group(1))).line();
                byLine.merge(line, String.valueOf(error.get("message")), (a, b) -> a + " " + b);
            }
        }
        return byLine;
    }

    private String show(String member, Model model, Entry entry, WorkshopTable parsed, String refusal,
            Map<Integer, String> rowErrors) {
        backOffice.open(member, "ideas", model);
        model.addAttribute("entry", entry);
        model.addAttribute("parsed", parsed);
        model.addAttribute("sources", SOURCES);
        model.addAttribute("axes", services.getList("ideation", "/api/axes", Map.of("member", member)).stream()
                .filter(a -> Boolean.TRUE.equals(a.get("active"))).toList());
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", Map.of());
        model.addAttribute("rowErrors", rowErrors);
        return "backoffice/batch";
    }

    /** What the staff typed, shown back on every step. */
    public record Entry(String batchId, String source, String axisCode, String state, String table) {
    }
}
