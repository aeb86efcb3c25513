package ma.remacto.portal.pages;

import java.util.Map;

import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A member's profile, as the seeds' member page shows it: its counts of projects, ideas and axes, the role and
 * e-mail of its point of contact, its committee's seats, its latest ideas, its published projects and the
 * statistics of the ideas put forward to it.
 */
@Controller
public class MemberPage {

    private final Services services;

    public MemberPage(Services services) {
        this.services = services;
    }

    @GetMapping("/{lang:ar|fr}/members/{slug}")
    public String member(@PathVariable String slug, Model model) {
        Map<String, Object> member = services.get("members", "/api/members/" + slug, Map.of());
        model.addAttribute("member", member);
        model.addAttribute("ideas", Services.items(services.get("ideation", "/api/ideas",
                Map.of("member", slug, "size", 10))));
        model.addAttribute("projects", Services.items(services.get("projects", "/api/projects",
                Map.of("member", slug, "size", 50))));
        model.addAttribute("plans", Services.items(services.get("projects", "/api/plans",
                Map.of("member", slug, "size", 20))));
        model.addAttribute("axes", services.getList("ideation", "/api/axes", Map.of("member", slug)));
        model.addAttribute("statistics", services.get("ideation", "/api/ideas/statistics", Map.of("member", slug)));
        model.addAttribute("calendars", Services.items(services.get("consultations", "/api/calendars",
                Map.of("member", slug, "size", 20))));
        return "member";
    }
}
