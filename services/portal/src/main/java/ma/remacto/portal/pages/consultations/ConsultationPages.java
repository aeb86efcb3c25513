package ma.remacto.portal.pages.consultations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.remacto.portal.pages.PageNumber;
import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;
import ma.remacto.portal.pages.MemberNames;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Public consultations on members' draft programmes (التشاور العمومي): the list, open ones first; a consultation with
 * its items, live counts, published contributions and, once out, its summary; and contributing on an item while it
 * is open, for a signed-in citizen or association. The consultations service decides everything (window, one
 * contribution per person and item, moderation of comments); its refusals come back on the item's form with what was
 * typed kept. The statistical profile typed with a contribution goes straight to the service, which only counts it.
 */
@Controller
public class ConsultationPages {

    static final int PAGE_SIZE = 10;
    static final int CONTRIBUTIONS_PAGE_SIZE = 5;
    static final String SLUG = "[a-z0-9-]{1,64}";
    /** The refusals a contribution form shows; anything else is the error page. */
    private static final Set<Integer> SHOWN_ON_FORM = Set.of(400, 401, 403, 409, 422, 429);

    private final Services services;
    private final MemberNames members;

    public ConsultationPages(Services services, MemberNames members) {
        this.services = services;
        this.members = members;
    }

    /** What a contribution form holds; the names are those of {@code POST /api/consultations/{id}/contributions}. */
    public record ContributionForm(String itemId, String position, String comment, Boolean anonymous,
            String participantType, String gender, String ageGroup) {

        static final ContributionForm EMPTY = new ContributionForm(null, null, "", Boolean.FALSE, null, null, null);
    }

    @GetMapping("/{lang:ar|fr}/consultations")
    public String list(@RequestParam(required = false) String status, @RequestParam(required = false) String member,
            @RequestParam(required = false) String page, Model model) {
        OpenFirst.listing(services, "/api/consultations", OpenFirst.ORDER, member, status, page, PAGE_SIZE)
                .into(model, "consultations", OpenFirst.ORDER);
        model.addAttribute("members", members.all());
        return "consultations";
    }

    @GetMapping("/{lang:ar|fr}/consultations/{id}")
    public String consultation(@PathVariable String id, @RequestParam(required = false) String item,
            @RequestParam(required = false) String page, Model model) {
        return show(id, item, PageNumber.of(page), ContributionForm.EMPTY, null, List.of(), model);
    }

    /**
     * Where "sign in to contribute" leads (an authenticated path): a visitor goes through sign-in and comes back
     * here, which returns them to the item's form on the consultation.
     */
    @GetMapping("/{lang:ar|fr}/consultations/{id}/contribution")
    public String signIn(@PathVariable String lang, @PathVariable String id,
            @RequestParam(required = false) String item) {
        return "redirect:" + UriComponentsBuilder.fromPath("/" + lang + "/consultations/{id}")
                .fragment(item != null && item.matches("[A-Za-z0-9_-]{1,64}") ? "item-" + item : "items")
                .buildAndExpand(id).encode().toUriString();
    }

    @PostMapping("/{lang:ar|fr}/consultations/{id}/contribution")
    public String contribute(@PathVariable String lang, @PathVariable String id, @ModelAttribute ContributionForm form,
            Model model) {
        boolean comment = form.comment() != null && !form.comment().isEmpty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemId", form.itemId());
        body.put("position", blankToNull(form.position()));
        body.put("comment", comment ? form.comment() : null);
        body.put("anonymous", Boolean.TRUE.equals(form.anonymous()));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("participantType", blankToNull(form.participantType()));
        profile.put("gender", blankToNull(form.gender()));
        profile.put("ageGroup", blankToNull(form.ageGroup()));
        if (profile.values().stream().anyMatch(v -> v != null)) {
            body.put("profile", profile);
        }
        try {
            services.post("consultations", "/api/consultations/" + id + "/contributions", body);
        } catch (Refused refused) {
            if (refused instanceof Refused.NotFound || !SHOWN_ON_FORM.contains(refused.status())) {
                throw refused;
            }
            return show(id, null, 0, form, refused.detail(), refused.fieldErrors(), model);
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/" + lang + "/consultations/{id}")
                .queryParam("contributed", form.itemId());
        if (comment) {
            back.queryParam("moderation");
        }
        return "redirect:" + back.fragment("item-" + form.itemId()).buildAndExpand(id).encode().toUriString();
    }

    @SuppressWarnings("unchecked")
    private String show(String id, String pagedItem, int page, ContributionForm form, String refusal,
            List<Map<String, Object>> errors, Model model) {
        Map<String, Object> consultation = services.get("consultations", "/api/consultations/" + id, Map.of());
        String memberSlug = String.valueOf(consultation.get("member"));
        Map<String, Object> statistics = services.get("consultations", "/api/consultations/" + id + "/statistics",
                Map.of());
        Map<String, Map<String, Object>> counts = new LinkedHashMap<>();
        if (statistics.get("items") instanceof List<?> list) {
            for (Object entry : list) {
                Map<String, Object> count = (Map<String, Object>) entry;
                counts.put(String.valueOf(count.get("itemId")), count);
            }
        }
        Map<String, Object> axes = new LinkedHashMap<>();
        for (Map<String, Object> axis : services.getList("ideation", "/api/axes", Map.of("member", memberSlug))) {
            axes.put(String.valueOf(axis.get("code")), axis.get("title"));
        }
        // Contributions exist only for a consultation held on the platform that has opened.
        boolean contributions = !Boolean.TRUE.equals(consultation.get("recordedByStaff"))
                && !"SCHEDULED".equals(consultation.get("status"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object entry : (List<Object>) consultation.getOrDefault("items", List.of())) {
            Map<String, Object> item = (Map<String, Object>) entry;
            String itemId = String.valueOf(item.get("id"));
            Map<String, Object> view = new LinkedHashMap<>(item);
            view.put("axisTitle", axes.get(String.valueOf(item.get("axisCode"))));
            view.put("counts", Positions.of(counts.get(itemId)));
            view.put("contributions", null); // the template reads every key: none is left out
            if (contributions) {
                int itemPage = itemId.equals(pagedItem) ? page : 0;
                Map<String, Object> published = services.get("consultations",
                        "/api/consultations/" + id + "/contributions",
                        Map.of("item", itemId, "page", itemPage, "size", CONTRIBUTIONS_PAGE_SIZE));
                view.put("contributions", Services.items(published));
                view.put("page", itemPage);
                view.put("totalPages", PageNumber.count(totalItems(published), CONTRIBUTIONS_PAGE_SIZE));
                view.put("published", totalItems(published));
            }
            items.add(view);
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        for (Map<String, Object> error : errors) {
            fieldErrors.merge(String.valueOf(error.get("field")), String.valueOf(error.get("message")),
                    (a, b) -> a + " " + b);
        }
        boolean formOnItem = form.itemId() != null && counts.containsKey(form.itemId());
        model.addAttribute("consultation", consultation);
        model.addAttribute("member", services.get("members", "/api/members/" + memberSlug, Map.of()));
        model.addAttribute("statistics", statistics);
        model.addAttribute("items", items);
        model.addAttribute("form", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", fieldErrors);
        // Where the page shows a refusal: on the item's form, or above the items when that form is not there (an
        // item this consultation does not have, a consultation that closed meanwhile, a person who may not
        // contribute).
        model.addAttribute("formOnItem", formOnItem);
        return "consultation";
    }

    static long totalItems(Map<String, Object> page) {
        return page.get("totalItems") instanceof Number n ? n.longValue() : 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
