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
import org.springframework.web.servlet.ModelAndView;

/**
 * The action plan (خطة العمل): the member's programmes, drafting one, and taking it through its life — public
 * consultation, the council's adoption (session and date), execution, closing with its evaluation — with amendments
 * of an adopted plan, its evaluation reports and its history. The projects service decides every step; the page
 * offers the steps its lifecycle allows and shows its refusals.
 */
@Controller
public class BackOfficePlans {

    private static final String BASE = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/plans";

    /** The projects service's lifecycle: the moves a plan in each status may make. */
    static final Map<String, List<String>> NEXT = Map.of(
            "DRAFT", List.of("IN_CONSULTATION"),
            "IN_CONSULTATION", List.of("ADOPTED", "DRAFT"),
            "ADOPTED", List.of("IN_EXECUTION"),
            "IN_EXECUTION", List.of("CLOSED"),
            "CLOSED", List.of());

    private final BackOffice backOffice;
    private final Services services;

    public BackOfficePlans(BackOffice backOffice, Services services) {
        this.backOffice = backOffice;
        this.services = services;
    }

    @GetMapping(BASE)
    public String list(@PathVariable String member, Model model) {
        return showList(member, model, null, Map.of(), Map.of());
    }

    @PostMapping(BASE)
    public String draft(@PathVariable String lang, @PathVariable String member, @RequestParam String period,
            @RequestParam(defaultValue = "STANDARD") String format, @RequestParam(defaultValue = "") String titleAr,
            @RequestParam(defaultValue = "") String titleFr, @RequestParam(defaultValue = "") String startDate,
            @RequestParam(defaultValue = "") String endDate, Model model) {
        backOffice.open(member, "plans", model);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("member", member);
        draft.put("period", period.strip());
        draft.put("format", format);
        draft.put("title", Map.of("ar", titleAr.strip(), "fr", titleFr.strip()));
        draft.put("startDate", BackOfficeIdeas.blank(startDate));
        draft.put("endDate", BackOfficeIdeas.blank(endDate));
        try {
            Map<String, Object> plan = services.post("projects", "/api/plans", draft);
            return "redirect:/" + lang + "/back-office/" + member + "/plans/" + plan.get("id");
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            return showList(member, model, refused, Forms.fieldErrors(refused), Map.of("period", period,
                    "format", format, "titleAr", titleAr, "titleFr", titleFr, "startDate", startDate,
                    "endDate", endDate));
        }
    }

    @GetMapping(BASE + "/{id:[A-Za-z0-9-]+}")
    public String plan(@PathVariable String member, @PathVariable String id, Model model) {
        return show(member, id, model, null);
    }

    @PostMapping(BASE + "/{id:[A-Za-z0-9-]+}/status")
    public String move(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam String version, @RequestParam String to, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String sessionAr, @RequestParam(defaultValue = "") String sessionFr,
            @RequestParam(defaultValue = "") String adoptedOn, @RequestParam(defaultValue = "") String evaluation,
            Model model) {
        backOffice.open(member, "plans", model);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("to", to);
        change.put("reason", BackOfficeIdeas.blank(reason));
        change.put("evaluation", BackOfficeIdeas.blank(evaluation));
        if ("ADOPTED".equals(to)) {
            Map<String, Object> adoption = new LinkedHashMap<>();
            adoption.put("session", Map.of("ar", sessionAr.strip(), "fr", sessionFr.strip()));
            adoption.put("date", BackOfficeIdeas.blank(adoptedOn));
            change.put("adoption", adoption);
        }
        return act(lang, member, id, model, () -> services.post("projects", "/api/plans/" + id + "/status", change,
                version));
    }

    @PostMapping(BASE + "/{id:[A-Za-z0-9-]+}/amendments")
    public String openAmendment(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "") String reason, Model model) {
        backOffice.open(member, "plans", model);
        return act(lang, member, id, model, () -> services.post("projects", "/api/plans/" + id + "/amendments",
                Map.of("reason", reason.strip())));
    }

    @PostMapping(BASE + "/{id:[A-Za-z0-9-]+}/amendments/closure")
    public String closeAmendment(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            Model model) {
        backOffice.open(member, "plans", model);
        return act(lang, member, id, model, () -> services.post("projects",
                "/api/plans/" + id + "/amendments/closure", Map.of()));
    }

    /**
     * An evaluation report of the plan, fetched with the staff's token; a period the service refuses (malformed,
     * outside the plan, not begun) comes back on the plan page's report form.
     */
    @GetMapping(BASE + "/{id:[A-Za-z0-9-]+}/report")
    public ModelAndView report(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "final") String kind, @RequestParam(defaultValue = "") String period,
            Model model) {
        backOffice.open(member, "plans", model);
        String chosen = PlanReport.KINDS.contains(kind) ? kind : "final";
        try {
            // The plan is this member's, or the report is not found here.
            BackOffice.ofMember(member, services.get("projects", "/api/plans/" + id, Map.of()));
            return new ModelAndView(new PlanReport(services.getDocument("projects",
                    "/api/plans/" + id + "/reports/" + chosen, PlanReport.query(chosen, period, lang))));
        } catch (Refused refused) {
            refused.rethrowUnless(400);
            model.addAttribute("reportKind", chosen);
            model.addAttribute("reportPeriod", period);
            return new ModelAndView(show(member, id, model, refused));
        }
    }

    private String act(String lang, String member, String id, Model model, Runnable call) {
        try {
            call.run();
            return "redirect:/" + lang + "/back-office/" + member + "/plans/" + id + "?done";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409);
            return show(member, id, model, refused);
        }
    }

    private String show(String member, String id, Model model, Refused refused) {
        backOffice.open(member, "plans", model);
        Map<String, Object> plan = BackOffice.ofMember(member, services.get("projects", "/api/plans/" + id, Map.of()));
        model.addAttribute("plan", plan);
        model.addAttribute("next", NEXT.getOrDefault(String.valueOf(plan.get("status")), List.of()));
        model.addAttribute("progress", services.get("projects", "/api/plans/" + id + "/progress", Map.of()));
        model.addAttribute("projects", services.getAll("projects", "/api/projects",
                Map.of("plan", id, "includeWithdrawn", true)));
        model.addAttribute("history", services.getList("projects", "/api/plans/" + id + "/history", Map.of()));
        model.addAttribute("refusal", refused == null ? null : refused.detail());
        model.addAttribute("errors", Forms.fieldErrors(refused));
        return "backoffice/plan";
    }

    private String showList(String member, Model model, Refused refused, Map<String, String> errors,
            Map<String, String> typed) {
        backOffice.open(member, "plans", model);
        model.addAttribute("plans", services.getAll("projects", "/api/plans", Map.of("member", member)));
        model.addAttribute("refusal", refused == null ? null : refused.detail());
        model.addAttribute("errors", errors);
        Map<String, String> form = new LinkedHashMap<>(Map.of("period", "", "format", "STANDARD", "titleAr", "",
                "titleFr", "", "startDate", "", "endDate", ""));
        form.putAll(typed);
        model.addAttribute("form", form);
        return "backoffice/plans";
    }
}
