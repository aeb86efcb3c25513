package ma.remacto.portal.pages.backoffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;
import ma.remacto.portal.pages.PageNumber;
import ma.remacto.portal.pages.consultations.SurveyResultsView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Satisfaction surveys (استمارات الرضا) on the member's services: the member's surveys, drafts included, with their
 * status and answers; writing one (title, the service surveyed, its questions); a survey's page with corrections
 * while it is a draft (against the version the staff saw), opening and closing it after a confirmation, its results
 * with the TEXT answers, which only the member's staff read, and its history.
 */
@Controller
public class BackOfficeSurveys {

    static final String PATH = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/surveys";
    static final String ONE = PATH + "/{id:[A-Za-z0-9-]+}";
    private static final String SECTION = "surveys";
    private static final int PAGE_SIZE = 20;

    private final BackOffice backOffice;
    private final Services services;

    public BackOfficeSurveys(BackOffice backOffice, Services services) {
        this.backOffice = backOffice;
        this.services = services;
    }

    @GetMapping(PATH)
    public String list(@PathVariable String member, @RequestParam(defaultValue = "0") String page, Model model) {
        backOffice.open(member, SECTION, model);
        Map<String, Object> surveys = services.get("consultations", "/api/surveys",
                Map.of("member", member, "page", PageNumber.of(page), "size", PAGE_SIZE));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> survey : Services.items(surveys)) {
            Map<String, Object> row = new LinkedHashMap<>(survey);
            // A draft has no answers: the results are only asked for surveys that were opened.
            row.put("responses", "DRAFT".equals(survey.get("status")) ? 0
                    : services.get("consultations", "/api/surveys/" + survey.get("id") + "/results", Map.of())
                            .get("responses"));
            rows.add(row);
        }
        model.addAttribute("surveys", surveys);
        model.addAttribute("items", rows);
        model.addAttribute("totals", services.get("consultations", "/api/surveys/results", Map.of("member", member)));
        return "backoffice/surveys";
    }

    @GetMapping(PATH + "/new")
    public String create(@PathVariable String member, Model model) {
        backOffice.open(member, SECTION, model);
        return form(model, null, SurveyForm.blank(), null, Map.of());
    }

    /** "Add a question" comes back with one more row; otherwise the survey is created as a draft. */
    @PostMapping(PATH + "/new")
    public String created(@PathVariable String lang, @PathVariable String member,
            @RequestParam MultiValueMap<String, String> posted, Model model) {
        backOffice.open(member, SECTION, model);
        SurveyForm form = SurveyForm.from(posted);
        if (posted.containsKey("add")) {
            return form(model, null, form.withRow(), null, Map.of());
        }
        try {
            Map<String, Object> survey = services.post("consultations", "/api/surveys", form.toRequest(member));
            return "redirect:/" + lang + "/back-office/" + member + "/surveys/" + survey.get("id") + "?created";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return form(model, null, form, refused.detail(), form.onRows(Forms.fieldErrors(refused)));
        }
    }

    @GetMapping(ONE)
    public String survey(@PathVariable String member, @PathVariable String id, Model model) {
        backOffice.open(member, SECTION, model);
        return show(model, surveyOf(member, id), null, null);
    }

    @GetMapping(ONE + "/edit")
    public String edit(@PathVariable String member, @PathVariable String id, Model model) {
        backOffice.open(member, SECTION, model);
        Map<String, Object> survey = surveyOf(member, id);
        return form(model, survey, SurveyForm.of(survey), null, Map.of());
    }

    /** A correction of the draft, sent with the version the staff saw: someone else's change meanwhile is refused. */
    @PostMapping(ONE + "/edit")
    public String edited(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "") String version, @RequestParam MultiValueMap<String, String> posted,
            Model model) {
        backOffice.open(member, SECTION, model);
        Map<String, Object> survey = surveyOf(member, id);
        // The version the staff started from travels with every "add a question" round.
        Map<String, Object> seen = new LinkedHashMap<>(survey);
        seen.put("version", version.isBlank() ? survey.get("version") : version);
        SurveyForm form = SurveyForm.from(posted);
        if (posted.containsKey("add")) {
            return form(model, seen, form.withRow(), null, Map.of());
        }
        try {
            services.put("consultations", "/api/surveys/" + id, form.toRequest(null),
                    version.isBlank() ? null : version);
            return "redirect:/" + lang + "/back-office/" + member + "/surveys/" + id + "?edited";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return form(model, seen, form, refused.detail(), form.onRows(Forms.fieldErrors(refused)));
        }
    }

    /**
     * Opening or closing: the first post shows what it means and asks to confirm; the confirmed one changes the
     * status (opening fixes the questions; closing ends the answers).
     */
    @PostMapping(ONE + "/status")
    public String status(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam String to, @RequestParam(required = false) String confirm, Model model) {
        backOffice.open(member, SECTION, model);
        Map<String, Object> survey = surveyOf(member, id);
        String target = "OPEN".equals(to) ? "OPEN" : "CLOSED";
        if (confirm == null) {
            return show(model, survey, target, null);
        }
        try {
            services.post("consultations", "/api/surveys/" + id + "/status", Map.of("to", target));
            return "redirect:/" + lang + "/back-office/" + member + "/surveys/" + id
                    + ("OPEN".equals(target) ? "?opened" : "?closed");
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return show(model, surveyOf(member, id), null, refused.detail());
        }
    }

    private String show(Model model, Map<String, Object> survey, String confirming, String refusal) {
        String id = String.valueOf(survey.get("id"));
        Map<String, Object> results = services.get("consultations", "/api/surveys/" + id + "/results", Map.of());
        model.addAttribute("survey", survey);
        model.addAttribute("responses", results.get("responses"));
        model.addAttribute("results", SurveyResultsView.of(survey, results));
        model.addAttribute("scaleMax", SurveyResultsView.SCALE_MAX);
        model.addAttribute("history", services.getList("consultations", "/api/surveys/" + id + "/history", Map.of()));
        model.addAttribute("confirming", confirming);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", Map.of());
        return "backoffice/survey";
    }

    /** {@code survey} null: a new survey; otherwise the draft being corrected (its id and the version seen). */
    private String form(Model model, Map<String, Object> survey, SurveyForm form, String refusal,
            Map<String, String> errors) {
        model.addAttribute("survey", survey);
        model.addAttribute("form", form);
        model.addAttribute("kinds", SurveyForm.KINDS);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        return "backoffice/survey-form";
    }

    /** One of this member's surveys; another member's is not found here. */
    private Map<String, Object> surveyOf(String member, String id) {
        return BackOffice.ofMember(member, services.get("consultations", "/api/surveys/" + id, Map.of()));
    }
}
