package ma.remacto.portal.pages.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;
import ma.remacto.portal.pages.MemberNames;
import ma.remacto.portal.clients.Services.Tagged;
import ma.remacto.portal.clients.Unavailable;
import ma.remacto.portal.web.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network administrators' member directory: every member with its kind, region, status and profile counts
 * (filtered by kind, region, status), registering a member, editing its card (guarded by the card's version: a
 * change someone made meanwhile is shown, never silently overwritten), deactivating it with a reason or reactivating
 * it, and its history. The members service decides; its refusals come back on the forms field by field.
 */
@Controller
public class MemberAdminPages {

    static final Set<String> KINDS = Set.of("REGION", "PROVINCE", "COMMUNE");
    static final Set<String> STATUSES = Set.of("ACTIVE", "INACTIVE");

    private final Services services;
    private final org.springframework.context.MessageSource messages;

    public MemberAdminPages(Services services, org.springframework.context.MessageSource messages) {
        this.services = services;
        this.messages = messages;
    }

    @GetMapping({"/{lang:ar|fr}/admin", "/{lang:ar|fr}/admin/"})
    public String home() {
        NetworkAdmins.require();
        return "admin-home";
    }

    @GetMapping("/{lang:ar|fr}/admin/members")
    public String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String region,
            @RequestParam(required = false) String status, Model model) {
        NetworkAdmins.require();
        List<Map<String, Object>> regions = regions();
        // Unknown filter values are dropped rather than sent on (the service would refuse the whole list).
        String kindFilter = kind != null && KINDS.contains(kind) ? kind : null;
        String statusFilter = status != null && STATUSES.contains(status) ? status : null;
        String regionFilter = regions.stream().anyMatch(r -> r.get("slug").equals(region)) ? region : null;
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("kind", kindFilter);
        query.put("region", regionFilter);
        query.put("status", statusFilter);
        model.addAttribute("members", services.getAll("members", "/api/members", query));
        model.addAttribute("regions", regions);
        model.addAttribute("regionNames", MemberNames.namesOf(regions));
        model.addAttribute("kind", kindFilter);
        model.addAttribute("region", regionFilter);
        model.addAttribute("status", statusFilter);
        return "admin-members";
    }

    @GetMapping("/{lang:ar|fr}/admin/members/new")
    public String registerForm(Model model) {
        NetworkAdmins.require();
        return form(MemberCardForm.empty(), false, model, List.of(), null, List.of());
    }

    @PostMapping("/{lang:ar|fr}/admin/members/new")
    public String register(@PathVariable String lang, @RequestParam Map<String, String> parameters, Model model) {
        NetworkAdmins.require();
        MemberCardForm form = MemberCardForm.fromParameters(parameters);
        try {
            services.post("members", "/api/members", form.toCard());
            return "redirect:/" + lang + "/admin/members/" + form.slug() + "?registered";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return form(form, false, model, refused.fieldErrors(), refused.detail(), List.of());
        }
    }

    @GetMapping("/{lang:ar|fr}/admin/members/{slug}")
    public String member(@PathVariable String slug, Model model) {
        NetworkAdmins.require();
        return show(slug, model, null, "");
    }

    @GetMapping("/{lang:ar|fr}/admin/members/{slug}/edit")
    public String editForm(@PathVariable String slug, Model model) {
        NetworkAdmins.require();
        Tagged card = services.getTagged("members", "/api/members/" + slug);
        return form(MemberCardForm.of(card.body(), card.etag()), true, model, List.of(), null, List.of());
    }

    @PostMapping("/{lang:ar|fr}/admin/members/{slug}/edit")
    public String edit(@PathVariable String lang, @PathVariable String slug,
            @RequestParam Map<String, String> parameters, Model model) {
        NetworkAdmins.require();
        Tagged stored = services.getTagged("members", "/api/members/" + slug);
        MemberCardForm form = MemberCardForm.fromParameters(parameters)
                .withIdentity(String.valueOf(stored.body().get("slug")), String.valueOf(stored.body().get("kind")));
        try {
            services.put("members", "/api/members/" + slug, form.toCard(), form.etag());
            return "redirect:/" + lang + "/admin/members/" + slug + "?saved";
        } catch (Refused refused) {
            if ("concurrent-change".equals(refused.problem().get("code"))) {
                // Someone saved the card since this form was opened: keep what was typed, show what they changed,
                // and let a second save apply this form over their version, knowingly.
                Tagged current = services.getTagged("members", "/api/members/" + slug);
                MemberCardForm theirs = MemberCardForm.of(current.body(), current.etag());
                return form(form.withEtag(current.etag()), true, model, List.of(), null,
                        form.differencesFrom(theirs).stream().map(field -> changed(field, theirs)).toList());
            }
            refused.rethrowUnless(400, 409, 422);
            return form(form, true, model, refused.fieldErrors(), refused.detail(), List.of());
        }
    }

    @PostMapping("/{lang:ar|fr}/admin/members/{slug}/deactivation")
    public String deactivate(@PathVariable String lang, @PathVariable String slug,
            @RequestParam(required = false) String reason, Model model) {
        NetworkAdmins.require();
        String typed = reason == null ? "" : reason;
        try {
            services.post("members", "/api/members/" + slug + "/deactivation", Map.of("reason", typed));
            return "redirect:/" + lang + "/admin/members/" + slug + "?deactivated";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return show(slug, model, refused, typed);
        }
    }

    @PostMapping("/{lang:ar|fr}/admin/members/{slug}/reactivation")
    public String reactivate(@PathVariable String lang, @PathVariable String slug, Model model) {
        NetworkAdmins.require();
        try {
            services.delete("members", "/api/members/" + slug + "/deactivation");
            return "redirect:/" + lang + "/admin/members/" + slug + "?reactivated";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return show(slug, model, refused, "");
        }
    }

    private String show(String slug, Model model, Refused refusal, String reason) {
        Map<String, Object> card = services.get("members", "/api/members/" + slug, Map.of());
        model.addAttribute("member", card);
        model.addAttribute("history", services.getList("members", "/api/members/" + slug + "/history", Map.of())
                .stream().map(this::withTime).toList());
        model.addAttribute("regionNames", MemberNames.namesOf(regions()));
        model.addAttribute("refusal", refusal == null ? null : refusal.detail());
        model.addAttribute("reasonError", refusal == null ? null : refusal.fieldErrors().stream()
                .map(e -> String.valueOf(e.get("message"))).reduce((a, b) -> a + " " + b).orElse(null));
        model.addAttribute("reason", reason);
        model.addAttribute("staff", staffOf(slug));
        return "admin-member";
    }

    /** A history entry with its time of day in Casablanca and its changed fields as one text. */
    Map<String, Object> withTime(Map<String, Object> entry) {
        Map<String, Object> shown = new LinkedHashMap<>(entry);
        try {
            shown.put("time", java.time.Instant.parse(String.valueOf(entry.get("at"))).atZone(Texts.CASABLANCA)
                    .toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
        } catch (java.time.format.DateTimeParseException e) {
            shown.put("time", "");
        }
        if (entry.get("fields") instanceof List<?> fields) {
            // The card's field names in the page's language (the history keeps the API's names).
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            shown.put("fieldsText", String.join(", ", fields.stream().map(String::valueOf)
                    .map(field -> messages.getMessage("admin.field." + field, null, field, locale)).toList()));
        }
        return shown;
    }

    /** The member's staff from identity; the page still shows without them if identity does not answer. */
    private List<Map<String, Object>> staffOf(String slug) {
        try {
            return services.getList("identity", "/api/roles", Map.of("member", slug));
        } catch (Unavailable | Refused e) {
            return null;
        }
    }

    private String form(MemberCardForm form, boolean editing, Model model, List<Map<String, Object>> errors,
            String detail, List<Map<String, String>> changedMeanwhile) {
        List<Map<String, Object>> regions = regions();
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("regions", regions);
        model.addAttribute("provinces", services.getAll("members", "/api/members", Map.of("kind", "PROVINCE")));
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<Map<String, String>> summary = new ArrayList<>();
        for (Map<String, Object> error : errors) {
            String id = MemberCardForm.inputId(String.valueOf(error.get("field")));
            String message = String.valueOf(error.get("message"));
            fieldErrors.merge(id, message, (a, b) -> a + " " + b);
            summary.add(Map.of("id", id, "message", message));
        }
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("summary", summary);
        model.addAttribute("detail", detail);
        model.addAttribute("changedMeanwhile", changedMeanwhile);
        return "admin-member-form";
    }

    private static Map<String, String> changed(String field, MemberCardForm theirs) {
        String value = switch (field) {
            case "name.ar" -> theirs.nameAr();
            case "name.fr" -> theirs.nameFr();
            case "regionSlug" -> theirs.regionSlug();
            case "provinceSlug" -> theirs.provinceSlug();
            case "population" -> theirs.population();
            case "populationCensusYear" -> theirs.populationCensusYear();
            case "hasArrondissements" -> String.valueOf(theirs.hasArrondissements());
            case "contactEmail" -> theirs.contactEmail();
            case "pointOfContactRole.ar" -> theirs.pointOfContactRoleAr();
            case "pointOfContactRole.fr" -> theirs.pointOfContactRoleFr();
            case "joinedOn" -> theirs.joinedOn();
            default -> theirs.committee().stream().map(s -> s.role() + " × " + s.seats())
                    .reduce((a, b) -> a + ", " + b).orElse("");
        };
        return Map.of("field", field, "id", MemberCardForm.inputId(field), "value", value);
    }

    private List<Map<String, Object>> regions() {
        return services.getAll("members", "/api/members", Map.of("kind", "REGION"));
    }
}
