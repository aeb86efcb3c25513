package ma.remacto.portal.pages;

import java.time.LocalDate;
import java.util.Map;

import ma.remacto.portal.clients.Services;
import ma.remacto.portal.web.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Programmes and projects as the public follows them: a plan with its progress per axis and per project and its
 * late activities; a project with its card, its activities' progress and lateness, its execution over time (planned
 * and reported) and its indicators' measurements.
 */
@Controller
public class ProjectPages {

    private final Services services;

    public ProjectPages(Services services) {
        this.services = services;
    }

    @GetMapping("/{lang:ar|fr}/plans/{id}")
    public String plan(@PathVariable String id, Model model) {
        Map<String, Object> plan = services.get("projects", "/api/plans/" + id, Map.of());
        model.addAttribute("plan", plan);
        model.addAttribute("progress", services.get("projects", "/api/plans/" + id + "/progress", Map.of()));
        model.addAttribute("member", services.get("members", "/api/members/" + plan.get("member"), Map.of()));
        return "plan";
    }

    @GetMapping("/{lang:ar|fr}/projects/{id}")
    @SuppressWarnings("unchecked")
    public String project(@PathVariable String id, Model model) {
        Map<String, Object> project = services.get("projects", "/api/projects/" + id, Map.of());
        model.addAttribute("project", project);
        model.addAttribute("member", services.get("members", "/api/members/" + project.get("member"), Map.of()));
        model.addAttribute("chart", ExecutionChart.of(
                (java.util.List<Map<String, Object>>) project.get("activities"),
                services.getList("projects", "/api/projects/" + id + "/progress-history", Map.of()),
                LocalDate.now(Texts.CASABLANCA)));
        return "project";
    }
}
