package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Openness projects (تدبير مشاريع الانفتاح): the member's projects with the seeds' «منشور» switch, formulating a new
 * one from retained ideas with its card and schedule, and one project's card, publication, withdrawal and history.
 */
@Controller
public class BackOfficeProjects {

    private static final String BASE = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/projects";
    private static final Pattern ACTIVITY_FIELD = Pattern.compile("activities\\[(\\d+)]\\.?(.*)");
    /** Plans that take new projects: drafts, and adopted plans while an amendment is open. */
    private static final List<String> OPEN_TO_PROJECTS = List.of("DRAFT", "IN_CONSULTATION");

    private final BackOffice backOffice;
    private final Services services;

    public BackOfficeProjects(BackOffice backOffice, Services services) {
        this.backOffice = backOffice;
        this.services = services;
    }

    @GetMapping(BASE)
    public String list(@PathVariable String member, Model model) {
        backOffice.open(member, "projects", model);
        model.addAttribute("projects", services.getAll("projects", "/api/projects",
                Map.of("member", member, "includeWithdrawn", true)));
        model.addAttribute("plans", plansTakingProjects(member));
        return "backoffice/projects";
    }

    @PostMapping(BASE + "/{id:[A-Za-z0-9-]+}/publication")
    public String publish(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam boolean published, @RequestParam(defaultValue = "list") String back, Model model) {
        backOffice.open(member, "projects", model);
        services.post("projects", "/api/projects/" + id + "/publication", Map.of("published", published));
        return "redirect:/" + lang + "/back-office/" + member + "/projects"
                + ("project".equals(back) ? "/" + id + "?done" : "?published=" + id + "#project-" + id);
    }

    @GetMapping(BASE + "/new")
    public String form(@PathVariable String member, @RequestParam(required = false) String plan, Model model) {
        return showForm(member, ProjectForm.empty(plan), model, null, Map.of());
    }

    @PostMapping(BASE + "/new")
    public String formulate(@PathVariable String lang, @PathVariable String member,
            @ModelAttribute ProjectForm form, Model model) {
        backOffice.open(member, "projects", model);
        try {
            Map<String, Object> project = services.post("projects", "/api/projects", form.toFormulation());
            return "redirect:/" + lang + "/back-office/" + member + "/projects/" + project.get("id") + "?created";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 403);
            return showForm(member, form, model, refused, errorsOf(refused, form::activityRowOf));
        }
    }

    @GetMapping(BASE + "/{id:[A-Za-z0-9-]+}")
    public String project(@PathVariable String member, @PathVariable String id, Model model) {
        return show(member, id, model, null);
    }

    /** A new schedule (under an amendment once the plan is adopted): existing activities keep their progress. */
    @PostMapping(BASE + "/{id:[A-Za-z0-9-]+}/schedule")
    public String reschedule(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam String version, @ModelAttribute ScheduleForm schedule, Model model) {
        backOffice.open(member, "projects", model);
        try {
            services.put("projects", "/api/projects/" + id + "/activities",
                    Map.of("activities", schedule.activities()), version);
            return "redirect:/" + lang + "/back-office/" + member + "/projects/" + id + "?done";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            show(member, id, model, refused);
            model.addAttribute("schedule", schedule);
            model.addAttribute("errors", errorsOf(refused, schedule::rowOf));
            return "backoffice/project";
        }
    }

    @PostMapping(BASE + "/{id:[A-Za-z0-9-]+}/withdrawal")
    public String withdraw(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "") String reason, Model model) {
        backOffice.open(member, "projects", model);
        try {
            services.post("projects", "/api/projects/" + id + "/withdrawal", Map.of("reason", reason.strip()));
            return "redirect:/" + lang + "/back-office/" + member + "/projects/" + id + "?done";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            return show(member, id, model, refused);
        }
    }

    Map<String, Object> project(String member, String id) {
        Map<String, Object> project = services.get("projects", "/api/projects/" + id, Map.of());
        if (!member.equals(project.get("member"))) {
            throw new Refused.NotFound(Map.of());
        }
        return project;
    }

    private String show(String member, String id, Model model, Refused refused) {
        backOffice.open(member, "projects", model);
        Map<String, Object> project = project(member, id);
        model.addAttribute("project", project);
        Map<String, Object> plan = services.get("projects", "/api/plans/" + project.get("planId"), Map.of());
        model.addAttribute("plan", plan);
        model.addAttribute("schedule", ScheduleForm.of(project));
        model.addAttribute("reschedulable", !Boolean.TRUE.equals(project.get("withdrawn"))
                && (OPEN_TO_PROJECTS.contains(plan.get("status")) || Boolean.TRUE.equals(plan.get("underAmendment"))));
        model.addAttribute("history", services.getList("projects", "/api/projects/" + id + "/history", Map.of()));
        model.addAttribute("ideas", ideasOf(project));
        model.addAttribute("refusal", refused == null ? null : refused.detail());
        model.addAttribute("errors", Forms.fieldErrors(refused));
        return "backoffice/project";
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> ideasOf(Map<String, Object> project) {
        Object ids = ((Map<String, Object>) project.get("card")).get("ideaIds");
        if (!(ids instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(ideaId -> {
            try {
                return services.get("ideation", "/api/ideas/" + ideaId, Map.of());
            } catch (Refused.NotFound gone) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
    }

    private String showForm(String member, ProjectForm form, Model model, Refused refused,
            Map<String, String> errors) {
        backOffice.open(member, "projects", model);
        List<Map<String, Object>> plans = plansTakingProjects(member);
        Map<String, Object> plan = plans.stream().filter(p -> p.get("id").equals(form.planId())).findFirst()
                .orElse(plans.isEmpty() ? null : plans.getFirst());
        model.addAttribute("form", form);
        model.addAttribute("plans", plans);
        model.addAttribute("plan", plan);
        model.addAttribute("axes", plan == null ? List.of() : services.getList("ideation", "/api/axes",
                Map.of("member", member)).stream().filter(a -> Boolean.TRUE.equals(a.get("active"))
                        && plan.get("period").equals(a.get("programme"))).toList());
        model.addAttribute("retained", services.getAll("ideation", "/api/ideas",
                Map.of("member", member, "state", "RETAINED", "sort", "NUMBER")));
        model.addAttribute("refusal", refused == null ? null : refused.detail());
        model.addAttribute("errors", errors);
        return "backoffice/project-form";
    }

    /** Plans a project can be added to now: drafts, plans in consultation, and adopted ones under an amendment. */
    private List<Map<String, Object>> plansTakingProjects(String member) {
        return services.getAll("projects", "/api/plans", Map.of("member", member)).stream()
                .filter(p -> OPEN_TO_PROJECTS.contains(p.get("status")) || Boolean.TRUE.equals(p.get("underAmendment")))
                .toList();
    }

    /** The service's field names, with an activity's index turned into the form's row ({@code activity-2-weight}). */
    static Map<String, String> errorsOf(Refused refused, java.util.function.IntUnaryOperator rowOf) {
        Map<String, String> errors = new LinkedHashMap<>();
        Forms.fieldErrors(refused).forEach((field, message) -> {
            Matcher matcher = ACTIVITY_FIELD.matcher(field);
            String name = field.startsWith("card.") ? field.substring("card.".length()) : field;
            if (matcher.matches()) {
                int row = rowOf.applyAsInt(Integer.parseInt(matcher.group(1)));
                name = "activity-" + row + "-" + (matcher.group(2).isEmpty() ? "title" : matcher.group(2));
            }
            errors.merge(name, message, (a, b) -> a + " " + b);
        });
        return errors;
    }
}
