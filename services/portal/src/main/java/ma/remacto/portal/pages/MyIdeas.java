package ma.remacto.portal.pages;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My ideas": the signed-in person's own ideas (ideation's {@code /api/ideas/mine}) with their member, axis, state,
 * date and public outcome, and withdrawing one while the member has not started processing it. Withdrawing asks for
 * a confirmation on a page of its own, so it works without JavaScript and never happens by a slip of the finger.
 */
@Controller
public class MyIdeas {

    static final int PAGE_SIZE = 20;

    private final Services services;
    private final MemberNames memberNames;

    public MyIdeas(Services services, MemberNames memberNames) {
        this.services = services;
        this.memberNames = memberNames;
    }

    @GetMapping("/{lang:ar|fr}/account/ideas")
    public String mine(@RequestParam(required = false) String page, Model model) {
        Map<String, Object> ideas = services.get("ideation", "/api/ideas/mine",
                Map.of("page", PageNumber.of(page), "size", PAGE_SIZE));
        List<Map<String, Object>> items = Services.items(ideas);
        model.addAttribute("ideas", ideas);
        model.addAttribute("items", items);
        model.addAttribute("members", memberNames.names());
        model.addAttribute("axes", axes(items));
        return "my-ideas";
    }

    @GetMapping("/{lang:ar|fr}/account/ideas/{id}/withdrawal")
    public String confirm(@PathVariable String id, Model model) {
        return confirmation(id, model, null);
    }

    @PostMapping("/{lang:ar|fr}/account/ideas/{id}/withdrawal")
    public String withdraw(@PathVariable String lang, @PathVariable String id, Model model) {
        try {
            services.post("ideation", "/api/ideas/" + id + "/withdrawal", Map.of());
            return "redirect:/" + lang + "/account/ideas?withdrawn=" + id;
        } catch (Refused refused) {
            // Processing started meanwhile (409) or not the person's idea (403): said on the confirmation page.
            refused.rethrowUnless(403, 409);
            return confirmation(id, model, refused.detail());
        }
    }

    private String confirmation(String id, Model model, String refusal) {
        Map<String, Object> idea = services.get("ideation", "/api/ideas/" + id, Map.of());
        model.addAttribute("idea", idea);
        model.addAttribute("member", services.get("members", "/api/members/" + idea.get("member"), Map.of()));
        model.addAttribute("refusal", refusal);
        return "my-idea-withdrawal";
    }

    /** The axes of the members these ideas went to, by id (one call per member on the page). */
    private Map<String, Object> axes(List<Map<String, Object>> ideas) {
        Set<String> members = new LinkedHashSet<>();
        ideas.forEach(idea -> members.add(String.valueOf(idea.get("member"))));
        Map<String, Object> axes = new LinkedHashMap<>();
        for (String member : members) {
            for (Map<String, Object> axis : services.getList("ideation", "/api/axes", Map.of("member", member))) {
                axes.put(String.valueOf(axis.get("id")), axis);
            }
        }
        return axes;
    }
}
