package ma.remacto.portal.pages;

import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One idea and what became of it (its outcome, in the page's language), with its member; a signed-in citizen or
 * association supports it from here, once. The service keeps the count exact and refuses a second support or a
 * support of an idea that is closed; its refusal is shown on the idea, never as an error page.
 */
@Controller
public class IdeaPage {

    private final Services services;

    public IdeaPage(Services services) {
        this.services = services;
    }

    @GetMapping("/{lang:ar|fr}/ideas/{id}")
    public String idea(@PathVariable String id, Model model) {
        return show(id, model, null);
    }

    /** Where "sign in to support" leads: after signing in, back to the idea's support form. */
    @GetMapping("/{lang:ar|fr}/ideas/{id}/support")
    public String signIn(@PathVariable String lang, @PathVariable String id) {
        return "redirect:/" + lang + "/ideas/" + id + "#support";
    }

    @PostMapping("/{lang:ar|fr}/ideas/{id}/support")
    public String support(@PathVariable String lang, @PathVariable String id, Model model) {
        try {
            services.post("ideation", "/api/ideas/" + id + "/supports", Map.of());
            return "redirect:/" + lang + "/ideas/" + id + "?supported#support";
        } catch (Refused refused) {
            // Already supported, support closed, or a role that does not support (staff): said on the idea itself.
            refused.rethrowUnless(403, 409);
            return show(id, model, refused.detail());
        }
    }

    private String show(String id, Model model, String refusal) {
        Map<String, Object> idea = services.get("ideation", "/api/ideas/" + id, Map.of());
        model.addAttribute("idea", idea);
        model.addAttribute("member", services.get("members", "/api/members/" + idea.get("member"), Map.of()));
        // Ideation says whether the idea still takes supports; its refusal, in words, covers an idea closed meanwhile.
        model.addAttribute("supportOpen", !Boolean.FALSE.equals(idea.get("supportOpen")));
        model.addAttribute("supportRefusal", refusal);
        return "idea";
    }
}
