package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
    /** The submit button that adds a blank row ({@code indicators}, {@code expectedResults}) instead of saving. */
    private static final String ADD_ROW = "addRow";
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

    /** Formulates the project; "add a row" comes back to the form with what was typed and one more blank row. */
    @PostMapping(BASE + "/new")
    public String formulate(@PathVariable String lang, @PathVariable String member,
            @RequestParam MultiValueMap<String, String> parameters, Model model) {
        backOffice.open(member, "projects", model);
        ProjectForm form = ProjectForm.fromParameters(parameters);
        if (parameters.containsKey(ADD_ROW)) {
            return showForm(member, form.withBlankRow(parameters.getFirst(ADD_ROW)), model, null, Map.of());
        }
        try {
            Map<String, Object> project = services.post("projects", "/api/projects",
                    form.toFormulation(isOgp(services.get("projects", "/api/plans/" + form.planId(), Map.of()))));
            return "redirect:/" + lang + "/back-office/" + member + "/projects/" + project.get("id") + "?created";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 403);
            return showForm(member, form, model, refused, form.inputIds(Forms.fieldErrors(refused)));
        }
    }

    /** The card of a formulated project, every field of it, prefilled (the service replaces the card as a whole). */
    @GetMapping(BASE + "/{id:[A-Za-z0-9-]+}/card")
    public String cardForm(@PathVariable String member, @PathVariable String id, Model model) {
        backOffice.open(member, "projects", model);
        Map<String, Object> project = project(member, id);
        return showCard(member, project, ProjectForm.of(project), model, null, Map.of(), List.of());
    }

    /**
     * Saves the card over the version the editor saw. A change someone saved meanwhile keeps what was typed, says
     * what they changed, and lets a second save apply this form over their version, knowingly; an adopted plan
     * takes changes only under an open amendment, which the page says with the way to open one.
     */
    @PostMapping(BASE + "/{id:[A-Za-z0-9-]+}/card")
    public String editCard(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam MultiValueMap<String, String> parameters, Model model) {
        backOffice.open(member, "projects", model);
        Map<String, Object> project = project(member, id);
        ProjectForm form = ProjectForm.fromParameters(parameters);
        if (parameters.containsKey(ADD_ROW)) {
            return showCard(member, project, form.withBlankRow(parameters.getFirst(ADD_ROW)), model, null, Map.of(),
                    List.of());
        }
        Map<String, Object> plan = services.get("projects", "/api/plans/" + project.get("planId"), Map.of());
        try {
            services.put("projects", "/api/projects/" + id, form.toCard(isOgp(plan)), (Object) form.version());
            return "redirect:/" + lang + "/back-office/" + member + "/projects/" + id + "?saved";
        } catch (Refused refused) {
            if ("concurrent-change".equals(FieldErrors.code(refused))) {
                ProjectForm theirs = ProjectForm.of(project);
                return showCard(member, project, form.withVersion(theirs.version()), model, null, Map.of(),
                        form.differencesFrom(theirs));
            }
            refused.rethrowUnless(400, 409);
            return showCard(member, project, form, model, refused, form.inputIds(Forms.fieldErrors(refused)),
                    List.of());
        }
    }

    /** An OGP commitment's completion level on the IRM scale, with the reason the history keeps. */
    @PostMapping(BASE + "/{id:[A-Za-z0-9-]+}/completion")
    public String assessCompletion(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "") String completion, @RequestParam(defaultValue = "") String reason,
            Model model) {
        backOffice.open(member, "projects", model);
        project(member, id);
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("completion", BackOfficeIdeas.blank(completion));
        assessment.put("reason", BackOfficeIdeas.blank(reason));
        try {
            services.post("projects", "/api/projects/" + id + "/completion", assessment);
            return "redirect:/" + lang + "/back-office/" + member + "/projects/" + id + "?done#commitment";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            return show(member, id, model, refused);
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
            model.addAttribute("errors", ProjectForm.inputIds(Forms.fieldErrors(refused), schedule::rowOf,
                    IntUnaryOperator.identity(), IntUnaryOperator.identity()));
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
        return BackOffice.ofMember(member, services.get("projects", "/api/projects/" + id, Map.of()));
    }

    private String show(String member, String id, Model model, Refused refused) {
        backOffice.open(member, "projects", model);
        Map<String, Object> project = project(member, id);
        model.addAttribute("project", project);
        Map<String, Object> plan = services.get("projects", "/api/plans/" + project.get("planId"), Map.of());
        model.addAttribute("plan", plan);
        model.addAttribute("schedule", ScheduleForm.of(project));
        model.addAttribute("reschedulable", !Boolean.TRUE.equals(project.get("withdrawn")) && takesChanges(plan));
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
        cardChoices(member, plan, model);
        model.addAttribute("refusal", refused == null ? null : refused.detail());
        model.addAttribute("errors", errors);
        return "backoffice/project-form";
    }

    private String showCard(String member, Map<String, Object> project, ProjectForm form, Model model,
            Refused refused, Map<String, String> errors, List<ProjectForm.Changed> changedMeanwhile) {
        Map<String, Object> plan = services.get("projects", "/api/plans/" + project.get("planId"), Map.of());
        cardChoices(member, plan, model);
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("takesChanges", takesChanges(plan));
        boolean amendmentNeeded = refused != null
                && "plan.adopted-without-amendment".equals(FieldErrors.code(refused));
        model.addAttribute("adoptedWithoutAmendment", amendmentNeeded);
        // That refusal is said with the way to open an amendment instead of the service's words.
        model.addAttribute("refusal", refused == null || amendmentNeeded ? null : refused.detail());
        model.addAttribute("errors", errors);
        model.addAttribute("changedMeanwhile", changedMeanwhile);
        return "backoffice/project-card";
    }

    /** What the card's choices offer: the member's active axes of the plan's programme, its retained ideas. */
    private void cardChoices(String member, Map<String, Object> plan, Model model) {
        model.addAttribute("axes", plan == null ? List.of() : services.getList("ideation", "/api/axes",
                Map.of("member", member)).stream().filter(a -> Boolean.TRUE.equals(a.get("active"))
                        && plan.get("period").equals(a.get("programme"))).toList());
        model.addAttribute("retained", services.getAll("ideation", "/api/ideas",
                Map.of("member", member, "state", "RETAINED", "sort", "NUMBER")));
        model.addAttribute("ogp", plan != null && isOgp(plan));
    }

    /** Plans a project can be added to now: drafts, plans in consultation, and adopted ones under an amendment. */
    private List<Map<String, Object>> plansTakingProjects(String member) {
        return services.getAll("projects", "/api/plans", Map.of("member", member)).stream()
                .filter(BackOfficeProjects::takesChanges).toList();
    }

    /** A draft or a plan in consultation, or an adopted plan while an amendment is open. */
    static boolean takesChanges(Map<String, Object> plan) {
        return OPEN_TO_PROJECTS.contains(plan.get("status")) || Boolean.TRUE.equals(plan.get("underAmendment"));
    }

    /** A region's OGP plan, whose projects are commitments with their own details. */
    static boolean isOgp(Map<String, Object> plan) {
        return "OGP".equals(plan.get("format"));
    }
}
