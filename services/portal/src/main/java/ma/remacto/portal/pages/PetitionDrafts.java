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
 * Drafting a petition to a member's council in the portal, then what its petitioner may do with it: correct the
 * draft, open a citizens' petition for signatures (its agent), file it with the council's president. The petitions
 * service checks everything (the association's legal conditions, the threshold before filing); its refusals come
 * back on the form field by field, with what was typed kept. A draft is readable only by its petitioner, so its page
 * lives under the signed-in account.
 */
@Controller
public class PetitionDrafts {

    /** The association's legal conditions, as the API names them (organic laws 111.14, 112.14, 113.14). */
    static final List<String> CONDITIONS = List.of("establishedInMorocco", "democraticallyRun", "goodStanding",
            "seatOrBranchInTerritory", "activityRelated");

    /** The label of each field a refusal can name, for the summary above the form ("Subject: required"). */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("member", "draft.member"),
            Map.entry("petitionerKind", "draft.kind"), Map.entry("association", "draft.association"),
            Map.entry("association-name", "draft.association.name"),
            Map.entry("association-foundedOn", "draft.association.founded"),
            Map.entry("association-establishedInMorocco", "draft.condition.establishedInMorocco"),
            Map.entry("association-democraticallyRun", "draft.condition.democraticallyRun"),
            Map.entry("association-goodStanding", "draft.condition.goodStanding"),
            Map.entry("association-seatOrBranchInTerritory", "draft.condition.seatOrBranchInTerritory"),
            Map.entry("association-activityRelated", "draft.condition.activityRelated"),
            Map.entry("title-ar", "draft.title.ar"), Map.entry("title-fr", "draft.title.fr"),
            Map.entry("subject", "petition.subject"), Map.entry("requests", "petition.requests"));

    private final Services services;

    public PetitionDrafts(Services services) {
        this.services = services;
    }

    /**
     * What the drafting form holds; requests are one per line. A condition is ticked when its box sends "true"
     * (kept as text: whatever else a crafted request sends reads as unticked, never as a binding error).
     */
    public record PetitionForm(String member, String petitionerKind, String associationName, String foundedOn,
            String establishedInMorocco, String democraticallyRun, String goodStanding,
            String seatOrBranchInTerritory, String activityRelated, String titleAr, String titleFr, String subject,
            String requests) {

        /** Whether the box of a condition ({@link #CONDITIONS}) is ticked. */
        public boolean ticked(String condition) {
            String value = switch (condition) {
                case "establishedInMorocco" -> establishedInMorocco;
                case "democraticallyRun" -> democraticallyRun;
                case "goodStanding" -> goodStanding;
                case "seatOrBranchInTerritory" -> seatOrBranchInTerritory;
                case "activityRelated" -> activityRelated;
                default -> null;
            };
            return "true".equals(value);
        }

        boolean association() {
            return "ASSOCIATION".equals(petitionerKind);
        }

        /** The requests typed one per line, blank lines left out. */
        List<String> requestLines() {
            List<String> lines = new ArrayList<>();
            if (requests != null) {
                for (String line : requests.split("\\R")) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
            }
            return lines;
        }

        static PetitionForm of(Map<String, Object> petition) {
            @SuppressWarnings("unchecked")
            Map<String, Object> title = petition.get("title") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            Object requests = petition.get("requests");
            return new PetitionForm(String.valueOf(petition.get("member")), null, null, null, null, null, null, null,
                    null, (String) title.get("ar"), (String) title.get("fr"), (String) petition.get("subject"),
                    requests instanceof List<?> list ? String.join("\n", list.stream().map(String::valueOf).toList()) : "");
        }
    }

    @GetMapping("/{lang:ar|fr}/petitions/new")
    public String form(@RequestParam(required = false) String member, Model model) {
        return showForm(new PetitionForm(member, null, "", "", null, null, null, null, null, "", "", "", ""),
                model, List.of(), null);
    }

    @PostMapping("/{lang:ar|fr}/petitions/new")
    public String draft(@PathVariable String lang, @ModelAttribute PetitionForm form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("member", nullToEmpty(form.member()));
        body.put("petitionerKind", nullToEmpty(form.petitionerKind()));
        if (form.association()) {
            Map<String, Object> association = new LinkedHashMap<>();
            association.put("name", nullToEmpty(form.associationName()));
            association.put("foundedOn", blankToNull(form.foundedOn()));
            // An unticked condition is a "no": the service says which condition the association does not meet.
            for (String condition : CONDITIONS) {
                association.put(condition, form.ticked(condition));
            }
            body.put("association", association);
        }
        body.put("title", title(form));
        body.put("subject", nullToEmpty(form.subject()));
        body.put("requests", form.requestLines());
        try {
            Map<String, Object> petition = services.post("petitions", "/api/petitions", body);
            return "redirect:/" + lang + "/account/petitions/" + petition.get("id") + "?drafted";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 403, 409, 422);
            return showForm(form, model, refused.fieldErrors(), refused.detail());
        }
    }

    @GetMapping("/{lang:ar|fr}/account/petitions/{id}")
    public String petition(@PathVariable String id, Model model) {
        return showDraft(id, model, null, List.of(), null);
    }

    /** The petitioner corrects the draft's texts (the member and the petitioner stay). */
    @PostMapping("/{lang:ar|fr}/account/petitions/{id}")
    public String edit(@PathVariable String lang, @PathVariable String id, @ModelAttribute PetitionForm form,
            Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title(form));
        body.put("subject", nullToEmpty(form.subject()));
        body.put("requests", form.requestLines());
        try {
            services.put("petitions", "/api/petitions/" + id, body, null);
            return "redirect:/" + lang + "/account/petitions/" + id + "?saved";
        } catch (Refused.NotFound notFound) {
            throw notFound;
        } catch (Refused refused) {
            refused.rethrowUnless(400, 403, 409, 422);
            return showDraft(id, model, form, refused.fieldErrors(), refused.detail());
        }
    }

    @PostMapping("/{lang:ar|fr}/account/petitions/{id}/collection")
    public String openCollection(@PathVariable String lang, @PathVariable String id, Model model) {
        return act(lang, id, "/collection", "opened", model);
    }

    @PostMapping("/{lang:ar|fr}/account/petitions/{id}/filing")
    public String file(@PathVariable String lang, @PathVariable String id, Model model) {
        return act(lang, id, "/filing", "filed", model);
    }

    private String act(String lang, String id, String action, String done, Model model) {
        try {
            services.post("petitions", "/api/petitions/" + id + action, Map.of());
            return "redirect:/" + lang + "/account/petitions/" + id + "?" + done;
        } catch (Refused.NotFound notFound) {
            throw notFound;
        } catch (Refused refused) {
            // Not the petitioner (403), not in the right step or threshold not reached (409), an association that
            // no longer meets a condition at filing (400): said on the petition's page.
            refused.rethrowUnless(400, 403, 409, 422);
            return showDraft(id, model, null, refused.fieldErrors(), refused.detail());
        }
    }

    private String showForm(PetitionForm form, Model model, List<Map<String, Object>> errors, String detail) {
        model.addAttribute("form", form);
        model.addAttribute("members", services.getAll("members", "/api/members", Map.of("status", "ACTIVE")));
        model.addAttribute("conditions", CONDITIONS);
        model.addAttribute("errors", FieldErrors.byField(errors));
        model.addAttribute("labels", LABELS);
        model.addAttribute("detail", detail);
        return "petition-draft-form";
    }

    private String showDraft(String id, Model model, PetitionForm typed, List<Map<String, Object>> errors,
            String detail) {
        Map<String, Object> petition = services.get("petitions", "/api/petitions/" + id, Map.of());
        model.addAttribute("petition", petition);
        model.addAttribute("member", services.get("members", "/api/members/" + petition.get("member"), Map.of()));
        model.addAttribute("form", typed != null ? typed : PetitionForm.of(petition));
        model.addAttribute("errors", FieldErrors.byField(errors));
        model.addAttribute("labels", LABELS);
        model.addAttribute("detail", detail);
        return "petition-draft";
    }

    private static Map<String, Object> title(PetitionForm form) {
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("ar", nullToEmpty(form.titleAr()));
        title.put("fr", blankToNull(form.titleFr()));
        return title;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
