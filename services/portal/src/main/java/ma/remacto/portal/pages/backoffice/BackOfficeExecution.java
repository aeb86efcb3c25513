package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Execution tracking (تتبع تنفيذ مشاريع الانفتاح): the projects of the member's adopted plans with each activity's
 * progress, lateness and evidence, a progress report per activity (progress, status, note, a link as evidence) and a
 * measurement per indicator. Reports are accepted only while the plan is adopted or in execution; the service says so
 * otherwise.
 */
@Controller
public class BackOfficeExecution {

    private static final String BASE = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/execution";
    private static final List<String> EXECUTING = List.of("ADOPTED", "IN_EXECUTION");

    private final BackOffice backOffice;
    private final Services services;

    public BackOfficeExecution(BackOffice backOffice, Services services) {
        this.backOffice = backOffice;
        this.services = services;
    }

    @GetMapping(BASE)
    public String execution(@PathVariable String member, @RequestParam(required = false) String project,
            Model model) {
        return show(member, project, model, null, null, Map.of());
    }

    @PostMapping(BASE + "/{projectId:[A-Za-z0-9-]+}/activities/{activityId:[A-Za-z0-9-]+}")
    public String report(@PathVariable String lang, @PathVariable String member, @PathVariable String projectId,
            @PathVariable String activityId, @RequestParam(defaultValue = "") String progress,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String evidenceTitle, @RequestParam(defaultValue = "") String evidenceUrl,
            Model model) {
        backOffice.open(member, "execution", model);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("progress", progress.strip().matches("[0-9]{1,3}") ? Integer.valueOf(progress.strip()) : null);
        report.put("status", BackOfficeIdeas.blank(status));
        report.put("note", BackOfficeIdeas.blank(note));
        if (!evidenceUrl.isBlank()) {
            report.put("evidence", List.of(Map.of("kind", "LINK", "title",
                    evidenceTitle.isBlank() ? evidenceUrl.strip() : evidenceTitle.strip(), "url", evidenceUrl.strip())));
        }
        return act(lang, member, projectId, activityId, model, () -> services.post("projects",
                "/api/projects/" + projectId + "/activities/" + activityId + "/progress", report));
    }

    @PostMapping(BASE + "/{projectId:[A-Za-z0-9-]+}/indicators/{indicatorId:[A-Za-z0-9-]+}")
    public String measure(@PathVariable String lang, @PathVariable String member, @PathVariable String projectId,
            @PathVariable String indicatorId, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String observation,
            Model model) {
        backOffice.open(member, "execution", model);
        Map<String, Object> measurement = new LinkedHashMap<>();
        measurement.put("date", BackOfficeIdeas.blank(date));
        measurement.put("value", BackOfficeIdeas.blank(value));
        measurement.put("observation", BackOfficeIdeas.blank(observation));
        return act(lang, member, projectId, indicatorId, model, () -> services.post("projects",
                "/api/projects/" + projectId + "/indicators/" + indicatorId + "/measurements", measurement));
    }

    private String act(String lang, String member, String projectId, String target, Model model, Runnable call) {
        try {
            call.run();
            return "redirect:/" + lang + "/back-office/" + member + "/execution?project=" + projectId + "&recorded="
                    + target + "#" + target;
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            return show(member, projectId, model, refused, target, Forms.fieldErrors(refused));
        }
    }

    private String show(String member, String projectId, Model model, Refused refused, String target,
            Map<String, String> errors) {
        backOffice.open(member, "execution", model);
        List<Map<String, Object>> plans = services.getAll("projects", "/api/plans", Map.of("member", member))
                .stream().filter(p -> EXECUTING.contains(p.get("status"))).toList();
        Map<String, List<Map<String, Object>>> projectsByPlan = new LinkedHashMap<>();
        for (Map<String, Object> plan : plans) {
            projectsByPlan.put(String.valueOf(plan.get("id")), services.getAll("projects", "/api/projects",
                    Map.of("plan", plan.get("id"))));
        }
        model.addAttribute("plans", plans);
        model.addAttribute("projectsByPlan", projectsByPlan);
        model.addAttribute("selected", projectId == null ? "" : projectId);
        model.addAttribute("refusal", refused == null ? null : refused.detail());
        model.addAttribute("target", target == null ? "" : target);
        model.addAttribute("errors", errors);
        model.addAttribute("today", java.time.LocalDate.now(ma.remacto.portal.web.Texts.CASABLANCA).toString());
        return "backoffice/execution";
    }
}
