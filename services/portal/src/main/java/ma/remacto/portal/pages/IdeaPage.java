package ma.remacto.portal.pages;

import java.util.Map;

import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One idea and what became of it (its outcome, in the page's language), with its member. */
@Controller
public class IdeaPage {

    private final Services services;

    public IdeaPage(Services services) {
        this.services = services;
    }

    @GetMapping("/{lang:ar|fr}/ideas/{id}")
    public String idea(@PathVariable String id, Model model) {
        Map<String, Object> idea = services.get("ideation", "/api/ideas/" + id, Map.of());
        model.addAttribute("idea", idea);
        model.addAttribute("member", services.get("members", "/api/members/" + idea.get("member"), Map.of()));
        return "idea";
    }
}
