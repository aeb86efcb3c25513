package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.remacto.portal.pages.PageNumber;
import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Moderating a consultation's comments: every comment waits (a position alone is published at once), and the staff
 * publish it or reject it with a public reason in Arabic (French optional). Comments are shown as typed, escaped;
 * who wrote them is not shown here: moderation is about what was said.
 */
@Controller
public class ConsultationModeration {

    private static final String PATH = BackOfficeConsultations.PATH + "/{id:[A-Za-z0-9-]+}/moderation";
    private static final int PAGE_SIZE = 20;

    private final BackOffice backOffice;
    private final Services services;

    public ConsultationModeration(BackOffice backOffice, Services services) {
        this.backOffice = backOffice;
        this.services = services;
    }

    /** A decision as typed on one comment's form. */
    public record Decision(String contribution, String decision, String reasonAr, String reasonFr) {
    }

    @GetMapping(PATH)
    public String pending(@PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "0") String page, Model model) {
        backOffice.open(member, "consultations", model);
        return show(member, id, PageNumber.of(page), model, null, null, Map.of());
    }

    @PostMapping(PATH + "/{contribution:[A-Za-z0-9-]+}")
    public String moderate(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @PathVariable String contribution, @RequestParam(defaultValue = "") String decision,
            @RequestParam(name = "reason.ar", defaultValue = "") String reasonAr,
            @RequestParam(name = "reason.fr", defaultValue = "") String reasonFr,
            @RequestParam(defaultValue = "0") String page, Model model) {
        backOffice.open(member, "consultations", model);
        ConsultationPage.consultationOf(services, member, id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        if (!reasonAr.isBlank() || !reasonFr.isBlank()) {
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("ar", reasonAr.isBlank() ? null : reasonAr);
            reason.put("fr", reasonFr.isBlank() ? null : reasonFr);
            body.put("reason", reason);
        }
        try {
            services.post("consultations", "/api/consultations/" + id + "/contributions/" + contribution
                    + "/moderation", body);
            return "redirect:/" + lang + "/back-office/" + member + "/consultations/" + id + "/moderation?"
                    + ("REJECTED".equals(decision) ? "rejected" : "published") + "&page=" + PageNumber.of(page);
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            // Errors name this comment's inputs (several comments' forms share the page).
            Map<String, String> errors = new LinkedHashMap<>();
            FieldErrors.of(refused).forEach((field, message) -> errors.put("c-" + contribution + "-"
                    + (field.equals("decision") ? "decision" : field.replace('.', '-')), message));
            return show(member, id, PageNumber.of(page), model, refused.detail(),
                    new Decision(contribution, decision, reasonAr, reasonFr), errors);
        }
    }

    private String show(String member, String id, int page, Model model, String refusal, Decision typed,
            Map<String, String> errors) {
        Map<String, Object> consultation = ConsultationPage.consultationOf(services, member, id);
        Map<String, Object> contributions = services.get("consultations", "/api/consultations/" + id
                + "/contributions", Map.of("moderation", "PENDING", "page", page, "size", PAGE_SIZE));
        Map<Object, Object> titles = new LinkedHashMap<>();
        if (consultation.get("items") instanceof java.util.List<?> items) {
            items.forEach(i -> {
                if (i instanceof Map<?, ?> item) {
                    titles.put(item.get("id"), item.get("title"));
                }
            });
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("contributions", contributions);
        model.addAttribute("items", Services.items(contributions));
        model.addAttribute("itemTitles", titles);
        model.addAttribute("typed", typed == null ? new Decision("", "", "", "") : typed);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        return "backoffice/moderation";
    }
}
