package ma.remacto.portal.pages.backoffice;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.pages.PageNumber;
import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;
import ma.remacto.portal.web.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public consultation (التشاور العمومي) on the draft programme: the member's consultations with their status, and
 * the forms that open one (its items the plan's projects the staff tick, or lines they type) or record one held
 * before the platform or elsewhere, with the contributions counted then.
 */
@Controller
public class BackOfficeConsultations {

    static final String PATH = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/consultations";
    private static final int PAGE_SIZE = 20;
    private static final int DEFAULT_DAYS = 14;

    private final BackOffice backOffice;
    private final Services services;
    private final Messages messages;

    public BackOfficeConsultations(BackOffice backOffice, Services services, Messages messages) {
        this.backOffice = backOffice;
        this.services = services;
        this.messages = messages;
    }

    @GetMapping(PATH)
    public String list(@PathVariable String member, @RequestParam(defaultValue = "0") String page, Model model) {
        backOffice.open(member, "consultations", model);
        Map<String, Object> consultations = services.get("consultations", "/api/consultations",
                Map.of("member", member, "page", PageNumber.of(page), "size", PAGE_SIZE));
        model.addAttribute("consultations", consultations);
        model.addAttribute("items", Services.items(consultations));
        model.addAttribute("totals", services.get("consultations", "/api/consultations/statistics",
                Map.of("member", member)));
        return "backoffice/consultations";
    }

    @GetMapping(PATH + "/new")
    public String create(@PathVariable String member, Model model) {
        backOffice.open(member, "consultations", model);
        LocalDateTime now = LocalDateTime.now(Texts.CASABLANCA).truncatedTo(ChronoUnit.MINUTES);
        return form(member, model, false, ConsultationForm.blank(currentProgramme(member), now.toString(),
                now.plusDays(DEFAULT_DAYS).toString()), null, Map.of());
    }

    @GetMapping(PATH + "/past")
    public String past(@PathVariable String member, Model model) {
        backOffice.open(member, "consultations", model);
        return form(member, model, true, ConsultationForm.blank(currentProgramme(member), "", ""), null, Map.of());
    }

    @PostMapping(PATH + "/new")
    public String schedule(@PathVariable String lang, @PathVariable String member,
            @RequestParam MultiValueMap<String, String> posted, Model model) {
        return send(lang, member, posted, false, model);
    }

    @PostMapping(PATH + "/past")
    public String record(@PathVariable String lang, @PathVariable String member,
            @RequestParam MultiValueMap<String, String> posted, Model model) {
        return send(lang, member, posted, true, model);
    }

    private String send(String lang, String member, MultiValueMap<String, String> posted, boolean past, Model model) {
        backOffice.open(member, "consultations", model);
        ConsultationForm form = ConsultationForm.from(posted);
        Map<String, String> problems = form.problems(past);
        if (!problems.isEmpty()) {
            return form(member, model, past, form, messages.of("bo.consultations.check"), messages.of(problems));
        }
        try {
            Map<String, Object> consultation = services.post("consultations",
                    past ? "/api/consultations/past" : "/api/consultations",
                    form.toRequest(member, projectsById(projects(member)), past));
            return "redirect:/" + lang + "/back-office/" + member + "/consultations/" + consultation.get("id")
                    + (past ? "?recorded" : "?scheduled");
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return form(member, model, past, form, refused.detail(), FieldErrors.of(refused));
        }
    }

    private String form(String member, Model model, boolean past, ConsultationForm form, String refusal,
            Map<String, String> errors) {
        List<Map<String, Object>> plans = plans(member);
        List<Map<String, Object>> projects = projects(member);
        Map<Object, List<Map<String, Object>>> byPlan = new LinkedHashMap<>();
        plans.forEach(p -> byPlan.put(p.get("id"), new ArrayList<>()));
        projects.forEach(p -> byPlan.computeIfAbsent(p.get("planId"), k -> new ArrayList<>()).add(p));
        model.addAttribute("past", past);
        model.addAttribute("plans", plans);
        model.addAttribute("projectsByPlan", byPlan);
        model.addAttribute("form", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        return "backoffice/consultation-form";
    }

    /** The period of the member's plan still running (a draft being consulted on, most often), if any. */
    private String currentProgramme(String member) {
        return plans(member).stream().filter(p -> !"CLOSED".equals(p.get("status"))).map(p -> p.get("period"))
                .filter(java.util.Objects::nonNull).map(Object::toString).findFirst().orElse("");
    }

    private List<Map<String, Object>> plans(String member) {
        return services.getAll("projects", "/api/plans", Map.of("member", member));
    }

    /** The member's projects (the staff see drafts too), in each plan's order. */
    private List<Map<String, Object>> projects(String member) {
        return services.getAll("projects", "/api/projects", Map.of("member", member));
    }

    private static Map<String, Map<String, Object>> projectsById(List<Map<String, Object>> projects) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        projects.forEach(p -> byId.put(String.valueOf(p.get("id")), p));
        return byId;
    }
}
