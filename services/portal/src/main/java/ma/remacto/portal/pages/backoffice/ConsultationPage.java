package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
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
 * One consultation's back office page (the news page links here for open ones): its window and items, the live
 * statistics (participants by gender, age group and type; contributions per item), what waits for moderation,
 * closing it early with a reason, publishing the summary (themes raised and changes made to the draft, one per line)
 * once it is closed, and its history. Closing and publishing carry the version the staff saw.
 */
@Controller
public class ConsultationPage {

    private final BackOffice backOffice;
    private final Services services;

    public ConsultationPage(BackOffice backOffice, Services services) {
        this.backOffice = backOffice;
        this.services = services;
    }

    /** What was typed in the closing and summary forms, shown back when refused. */
    public record Typed(String reason, String themes, String changesToDraft) {
    }

    @GetMapping(BackOfficeConsultations.PATH + "/{id:[A-Za-z0-9-]+}")
    public String consultation(@PathVariable String member, @PathVariable String id, Model model) {
        backOffice.open(member, "consultations", model);
        return show(member, consultationOf(services, member, id), model, new Typed("", "", ""), null, Map.of());
    }

    @PostMapping(BackOfficeConsultations.PATH + "/{id:[A-Za-z0-9-]+}/closure")
    public String close(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "") String version, @RequestParam(defaultValue = "") String reason,
            Model model) {
        backOffice.open(member, "consultations", model);
        Map<String, Object> consultation = consultationOf(services, member, id);
        try {
            services.post("consultations", "/api/consultations/" + id + "/closure", Map.of("reason", reason),
                    version.isBlank() ? null : version);
            return "redirect:/" + lang + "/back-office/" + member + "/consultations/" + id + "?closed";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return show(member, consultation, model, new Typed(reason, "", ""), refused.detail(),
                    FieldErrors.of(refused));
        }
    }

    @PostMapping(BackOfficeConsultations.PATH + "/{id:[A-Za-z0-9-]+}/summary")
    public String summarise(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "") String version, @RequestParam(defaultValue = "") String themes,
            @RequestParam(defaultValue = "") String changesToDraft, Model model) {
        backOffice.open(member, "consultations", model);
        Map<String, Object> consultation = consultationOf(services, member, id);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("themes", Lines.of(themes));
        summary.put("changesToDraft", Lines.of(changesToDraft));
        try {
            services.post("consultations", "/api/consultations/" + id + "/summary", summary,
                    version.isBlank() ? null : version);
            return "redirect:/" + lang + "/back-office/" + member + "/consultations/" + id + "?summarised";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return show(member, consultation, model, new Typed("", themes, changesToDraft), refused.detail(),
                    FieldErrors.of(refused));
        }
    }

    private String show(String member, Map<String, Object> consultation, Model model, Typed typed, String refusal,
            Map<String, String> errors) {
        String id = String.valueOf(consultation.get("id"));
        model.addAttribute("consultation", consultation);
        model.addAttribute("statistics", services.get("consultations", "/api/consultations/" + id + "/statistics",
                Map.of()));
        model.addAttribute("pending", services.get("consultations", "/api/consultations/" + id + "/contributions",
                Map.of("moderation", "PENDING", "size", 1)).get("totalItems"));
        model.addAttribute("history", services.getList("consultations", "/api/consultations/" + id + "/history",
                Map.of()));
        model.addAttribute("plan", planOf(consultation));
        model.addAttribute("breakdowns", MeetingForm.BREAKDOWNS);
        model.addAttribute("typed", typed);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        return "backoffice/consultation";
    }

    private Map<String, Object> planOf(Map<String, Object> consultation) {
        Object planId = consultation.get("planId");
        if (planId == null) {
            return null;
        }
        try {
            return services.get("projects", "/api/plans/" + planId, Map.of());
        } catch (Refused.NotFound gone) {
            return null;
        }
    }

    /** One of this member's consultations; another member's is not found here. */
    static Map<String, Object> consultationOf(Services services, String member, String id) {
        return BackOffice.ofMember(member, services.get("consultations", "/api/consultations/" + id, Map.of()));
    }
}
