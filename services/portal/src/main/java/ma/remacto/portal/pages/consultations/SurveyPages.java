package ma.remacto.portal.pages.consultations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;
import ma.remacto.portal.pages.MemberNames;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Members' satisfaction surveys as citizens see them: the list, open ones first, each with its member and the service
 * surveyed (a regional portal's: its region's, as the service scopes it); a survey with its questions, the answer
 * form for a signed-in person while it is open, and its results as bars with their numbers (never the TEXT answers,
 * even to staff signed in: those are the back office's). The consultations service decides everything (open or not,
 * one answer per person, each answer's range); its refusals come back on the form with what was chosen kept.
 */
@Controller
public class SurveyPages {

    static final int PAGE_SIZE = 10;
    /** The order of the list's groups and of its status filter links (drafts are never public). */
    static final List<String> ORDER = List.of("OPEN", "CLOSED");
    private static final String ANSWER = "answers.";

    private final Services services;
    private final MemberNames members;

    public SurveyPages(Services services, MemberNames members) {
        this.services = services;
        this.members = members;
    }

    @GetMapping("/{lang:ar|fr}/surveys")
    public String list(@RequestParam(required = false) String status, @RequestParam(required = false) String member,
            @RequestParam(required = false) String page, Model model) {
        OpenFirst.listing(services, "/api/surveys", ORDER, member, status, page, PAGE_SIZE)
                .into(model, "surveys", ORDER);
        model.addAttribute("members", members.all());
        return "surveys";
    }

    @GetMapping("/{lang:ar|fr}/surveys/{id:[A-Za-z0-9-]+}")
    public String survey(@PathVariable String id, Model model) {
        return show(id, Map.of(), null, Map.of(), model);
    }

    /** Where "sign in to answer" leads (an authenticated path): back to the form once signed in. */
    @GetMapping("/{lang:ar|fr}/surveys/{id:[A-Za-z0-9-]+}/answers")
    public String signIn(@PathVariable String lang, @PathVariable String id) {
        return "redirect:" + UriComponentsBuilder.fromPath("/" + lang + "/surveys/{id}").fragment("answer")
                .buildAndExpand(id).encode().toUriString();
    }

    /** The form's fields are {@code answers.q1}, {@code answers.q2}…: the names the service gives its refusals. */
    @PostMapping("/{lang:ar|fr}/surveys/{id:[A-Za-z0-9-]+}/answers")
    public String answer(@PathVariable String lang, @PathVariable String id,
            @RequestParam MultiValueMap<String, String> posted, Model model) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        posted.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.getFirst();
            if (name.startsWith(ANSWER) && value != null && !value.isBlank()) {
                String question = name.substring(ANSWER.length());
                chosen.put(question, value);
                // SCALE and CHOICE answers are numbers; anything else goes as typed, for the service to judge.
                answers.put(question, value.strip().matches("[0-9]{1,2}") ? Integer.valueOf(value.strip()) : value);
            }
        });
        try {
            services.post("consultations", "/api/surveys/" + id + "/answers", Map.of("answers", answers));
        } catch (Refused refused) {
            refused.rethrowUnless(400, 401, 403, 409, 422, 429);
            return show(id, chosen, refused.detail(), refused.fieldMessages(), model);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/" + lang + "/surveys/{id}").queryParam("answered")
                .fragment("thanks").buildAndExpand(id).encode().toUriString();
    }

    private String show(String id, Map<String, String> chosen, String refusal, Map<String, String> errors,
            Model model) {
        Map<String, Object> survey = services.get("consultations", "/api/surveys/" + id, Map.of());
        Map<String, Object> results = services.get("consultations", "/api/surveys/" + id + "/results", Map.of());
        model.addAttribute("survey", survey);
        model.addAttribute("member", services.get("members", "/api/members/" + survey.get("member"), Map.of()));
        model.addAttribute("responses", results.get("responses"));
        model.addAttribute("results", SurveyResultsView.of(survey, results));
        model.addAttribute("scaleMax", SurveyResultsView.SCALE_MAX);
        model.addAttribute("chosen", chosen);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        model.addAttribute("textMax", TEXT_MAX);
        return "survey";
    }

    /** The longest TEXT answer the service takes. */
    static final int TEXT_MAX = 1000;
}
