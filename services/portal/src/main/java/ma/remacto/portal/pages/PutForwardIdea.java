package ma.remacto.portal.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * "Put forward your idea": a signed-in citizen or association chooses the member and one of its axes, writes the
 * problem and the proposed solution, sees the similar ideas already put forward (on request without JavaScript,
 * while typing with it) and submits. The ideation service validates; its refusals come back on the form, field by
 * field, in the page's language, with what was typed kept.
 */
@Controller
public class PutForwardIdea {

    private final Services services;

    public PutForwardIdea(Services services) {
        this.services = services;
    }

    /** What the form holds; the same names as {@code POST /api/ideas}. */
    public record IdeaForm(String member, String axisCode, String category, String problem, String proposedSolution,
            String note, Boolean anonymous, String participantType, String gender, String ageGroup) {
    }

    @GetMapping("/{lang:ar|fr}/ideas/new")
    public String form(@RequestParam(required = false) String member, Model model) {
        IdeaForm form = new IdeaForm(member, null, null, "", "", "", Boolean.FALSE, null, null, null);
        return show(form, model, List.of(), null, false);
    }

    @PostMapping("/{lang:ar|fr}/ideas/new")
    public String submit(@PathVariable String lang, @ModelAttribute IdeaForm form,
            @RequestParam(required = false) String similar, Model model) {
        if (similar != null) {
            return show(form, model, List.of(), null, true); // "show similar ideas" without JavaScript
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("member", form.member());
        body.put("axisCode", blankToNull(form.axisCode()));
        body.put("category", blankToNull(form.category()));
        body.put("problem", form.problem());
        body.put("proposedSolution", form.proposedSolution());
        body.put("note", blankToNull(form.note()));
        body.put("anonymous", Boolean.TRUE.equals(form.anonymous()));
        if (form.participantType() != null && !form.participantType().isBlank()) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("participantType", form.participantType());
            profile.put("gender", blankToNull(form.gender()));
            profile.put("ageGroup", blankToNull(form.ageGroup()));
            body.put("profile", profile);
        }
        try {
            Map<String, Object> idea = services.post("ideation", "/api/ideas", body);
            return "redirect:/" + lang + "/ideas/" + idea.get("id") + "?submitted";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return show(form, model, refused.fieldErrors(), refused.detail(), false);
        }
    }

    private String show(IdeaForm form, Model model, List<Map<String, Object>> errors, String detail, boolean similar) {
        List<Map<String, Object>> members = services.getAll("members", "/api/members", Map.of("status", "ACTIVE"));
        model.addAttribute("form", form);
        model.addAttribute("members", members);
        model.addAttribute("axes", form.member() == null || form.member().isBlank() ? List.of()
                : services.getList("ideation", "/api/axes", Map.of("member", form.member())).stream()
                        .filter(axis -> Boolean.TRUE.equals(axis.get("active"))).toList());
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        for (Map<String, Object> error : errors) {
            fieldErrors.merge(String.valueOf(error.get("field")), String.valueOf(error.get("message")),
                    (a, b) -> a + " " + b);
        }
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("detail", detail);
        model.addAttribute("similar", similar ? similar(form) : null);
        return "idea-form";
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> similar(IdeaForm form) {
        String text = (nullToEmpty(form.problem()) + " " + nullToEmpty(form.proposedSolution())).trim();
        if (text.isEmpty()) {
            return List.of();
        }
        Map<String, Object> answer = services.get("search", "/api/search/similar",
                Map.of("text", text.length() > 2000 ? text.substring(0, 2000) : text,
                        "member", nullToEmpty(form.member()), "size", 5));
        List<Map<String, Object>> all = new ArrayList<>();
        for (String group : List.of("member", "network")) {
            if (answer.get(group) instanceof List<?> list) {
                all.addAll((List<Map<String, Object>>) list);
            }
        }
        return all;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
