package ma.remacto.portal.pages.backoffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.pages.PageNumber;
import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Idea tracking (تتبع الإقتراحات) and idea management (تدبير الإقتراحات): every idea of the member in the columns of
 * the seeds' idea tables, the open ones in the order they move with their next step one click away, and one idea with
 * its decision, its editable content (until a decision) and its history. The transitions offered are the ones
 * ideation allows from the idea's state; ideation still decides, and its refusal is shown on the page.
 */
@Controller
public class BackOfficeIdeas {

    private static final String BASE = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}";

    /** Ideation's state machine as the staff drives it (withdrawal is the submitter's, not offered here). */
    static final Map<String, List<String>> NEXT = Map.of(
            "RECEIVED", List.of("IN_PROCESSING", "MERGED", "NOT_RETAINED"),
            "IN_PROCESSING", List.of("WITH_COMMITTEE", "MERGED", "NOT_RETAINED"),
            "WITH_COMMITTEE", List.of("RETAINED", "NOT_RETAINED", "MERGED", "IN_PROCESSING"));

    private final BackOffice backOffice;
    private final Services services;

    public BackOfficeIdeas(BackOffice backOffice, Services services) {
        this.backOffice = backOffice;
        this.services = services;
    }

    @GetMapping(BASE + "/ideas")
    public String track(@PathVariable String member, @RequestParam(required = false) String state,
            @RequestParam(required = false) String axis, @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "0") String page, Model model) {
        backOffice.open(member, "ideas", model);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("member", member);
        query.put("state", state);
        query.put("axis", axis);
        query.put("source", source);
        query.put("sort", "NUMBER");
        query.put("page", PageNumber.of(page));
        query.put("size", 50);
        Map<String, Object> ideas = services.get("ideation", "/api/ideas", query);
        model.addAttribute("ideas", ideas);
        model.addAttribute("items", Services.items(ideas));
        model.addAttribute("statistics", services.get("ideation", "/api/ideas/statistics", Map.of("member", member)));
        model.addAttribute("axes", axes(member));
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("state", state == null ? "" : state);
        filter.put("axis", axis == null ? "" : axis);
        filter.put("source", source == null ? "" : source);
        model.addAttribute("filter", filter);
        return "backoffice/ideas";
    }

    @GetMapping(BASE + "/queue")
    public String queue(@PathVariable String member, @RequestParam(required = false) String state, Model model) {
        backOffice.open(member, "queue", model);
        Map<String, List<Map<String, Object>>> open = new LinkedHashMap<>();
        for (String s : BackOfficeHome.OPEN_STATES) {
            if (state == null || state.isBlank() || state.equals(s)) {
                open.put(s, services.getAll("ideation", "/api/ideas",
                        Map.of("member", member, "state", s, "sort", "NUMBER")));
            }
        }
        model.addAttribute("open", open);
        model.addAttribute("next", NEXT);
        model.addAttribute("done", null);
        return "backoffice/queue";
    }

    /** One step forward from the queue: the step ideation allows without a reason or a target. */
    @PostMapping(BASE + "/queue/{id}")
    public String step(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam String to, @RequestParam(required = false) String state, Model model) {
        backOffice.open(member, "queue", model);
        try {
            services.post("ideation", "/api/ideas/" + id + "/state", Map.of("to", to));
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            return "redirect:/" + lang + "/back-office/" + member + "/ideas/" + id + "?to=" + to;
        }
        return "redirect:/" + lang + "/back-office/" + member + "/queue?moved=" + id
                + (state == null || state.isBlank() ? "" : "&state=" + state) + "#idea-" + id;
    }

    @GetMapping(BASE + "/ideas/{id:[A-Za-z0-9-]+}")
    public String idea(@PathVariable String member, @PathVariable String id,
            @RequestParam(required = false) String to, Model model) {
        return show(member, id, model, null, to == null ? Map.of() : Map.of("to", to), Map.of());
    }

    @PostMapping(BASE + "/ideas/{id:[A-Za-z0-9-]+}/state")
    public String decide(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam String to, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String mergeInto, Model model) {
        backOffice.open(member, "ideas", model);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("to", to);
        change.put("reason", blank(reason));
        change.put("mergeInto", blank(mergeInto));
        try {
            services.post("ideation", "/api/ideas/" + id + "/state", change);
            return "redirect:/" + lang + "/back-office/" + member + "/ideas/" + id + "?decided";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            return show(member, id, model, refused, Map.of("to", to, "reason", reason == null ? "" : reason), Map.of());
        }
    }

    @PostMapping(BASE + "/ideas/{id:[A-Za-z0-9-]+}")
    public String edit(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam String version, @RequestParam(required = false) String axisId,
            @RequestParam(required = false) String category, @RequestParam(defaultValue = "") String problem,
            @RequestParam(defaultValue = "") String proposedSolution, @RequestParam(required = false) String note,
            Model model) {
        backOffice.open(member, "ideas", model);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("axisId", blank(axisId));
        content.put("category", blank(category));
        content.put("problem", problem);
        content.put("proposedSolution", proposedSolution);
        content.put("note", blank(note));
        try {
            services.put("ideation", "/api/ideas/" + id, content, version);
            return "redirect:/" + lang + "/back-office/" + member + "/ideas/" + id + "?edited";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            Map<String, Object> typed = new LinkedHashMap<>(content);
            typed.replaceAll((k, v) -> v == null ? "" : v);
            return show(member, id, model, refused, Map.of(), typed);
        }
    }

    private String show(String member, String id, Model model, Refused refused, Map<String, String> decision,
            Map<String, Object> typed) {
        backOffice.open(member, "ideas", model);
        Map<String, Object> idea = BackOffice.ofMember(member, services.get("ideation", "/api/ideas/" + id, Map.of()));
        model.addAttribute("idea", idea);
        model.addAttribute("typed", typed.isEmpty() ? idea : typed);
        model.addAttribute("next", NEXT.getOrDefault(String.valueOf(idea.get("state")), List.of()));
        model.addAttribute("selectedTo", decision.getOrDefault("to", ""));
        model.addAttribute("typedReason", decision.getOrDefault("reason", ""));
        model.addAttribute("axes", axes(member));
        model.addAttribute("history", services.getList("ideation", "/api/ideas/" + id + "/history", Map.of()));
        model.addAttribute("mergeTargets", mergeTargets(member, id));
        model.addAttribute("projects", projectsOf(idea));
        model.addAttribute("refusal", refused == null ? null : refused.detail());
        model.addAttribute("errors", Forms.fieldErrors(refused));
        return "backoffice/idea";
    }

    /** The member's other open ideas: the only ones ideation lets an idea be merged into. */
    private List<Map<String, Object>> mergeTargets(String member, String id) {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (String state : BackOfficeHome.OPEN_STATES) {
            services.getAll("ideation", "/api/ideas", Map.of("member", member, "state", state, "sort", "NUMBER"))
                    .stream().filter(i -> !id.equals(i.get("id"))).forEach(targets::add);
        }
        return targets;
    }

    private List<Map<String, Object>> projectsOf(Map<String, Object> idea) {
        List<Map<String, Object>> projects = new ArrayList<>();
        if (idea.get("projectIds") instanceof List<?> ids) {
            for (Object projectId : ids) {
                try {
                    projects.add(services.get("projects", "/api/projects/" + projectId, Map.of()));
                } catch (Refused.NotFound gone) {
                    // A withdrawn project the reader may no longer see: the idea's outcome already says so.
                }
            }
        }
        return projects;
    }

    List<Map<String, Object>> axes(String member) {
        return services.getList("ideation", "/api/axes", Map.of("member", member));
    }

    static Object blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
