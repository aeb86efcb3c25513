package ma.remacto.portal.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;
import ma.remacto.portal.web.PageModel;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search across every member's ideas, projects, petitions and consultations (or the regional portal's region), with
 * the search service's facets as links that add or remove one filter, and its spelling suggestion.
 */
@Controller
public class SearchPage {

    /** The filters a reader can set from the facets, in the order the page lists them. */
    static final String[] FILTERS = {"kind", "member", "state", "source", "axis"};

    /** The facets the page offers, in order. */
    static final String[] FACETS = {"kind", "state", "source", "member"};

    private final Services services;
    private final SearchLinks links;

    public SearchPage(Services services, SearchLinks links) {
        this.services = services;
        this.links = links;
    }

    /** One facet: its values with what choosing each gives, and the link that clears it when it is set. */
    public record Facet(String name, String clearHref, List<FacetValue> values) {
    }

    public record FacetValue(String value, long count, String href, boolean current) {
    }

    @GetMapping("/{lang:ar|fr}/search")
    public String search(@RequestParam(required = false) String q, @RequestParam Map<String, String> params,
            Model model, HttpServletRequest request) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value);
            }
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("filters", filters);
        if (q == null || q.isBlank()) {
            return "search";
        }
        Map<String, Object> query = new LinkedHashMap<>(filters);
        query.put("q", q);
        query.put("page", params.getOrDefault("page", "0"));
        query.put("size", 20);
        String lang = PageModel.languageOf(request).code();
        try {
            Map<String, Object> results = services.get("search", "/api/search", query);
            model.addAttribute("results", results);
            model.addAttribute("facets", facets(lang, q, filters, results));
            int page = ((Number) results.get("page")).intValue();
            int pages = ((Number) results.get("totalPages")).intValue();
            model.addAttribute("previousHref", page > 0 ? links.page(lang, q, filters, page - 1) : null);
            model.addAttribute("nextHref", page + 1 < pages ? links.page(lang, q, filters, page + 1) : null);
        } catch (Refused refused) {
            refused.rethrowUnless(400);
            model.addAttribute("refusal", refused.detail());
        }
        return "search";
    }

    @SuppressWarnings("unchecked")
    private List<Facet> facets(String lang, String q, Map<String, String> filters, Map<String, Object> results) {
        List<Facet> facets = new ArrayList<>();
        Map<String, Object> all = results.get("facets") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        for (String name : FACETS) {
            List<Map<String, Object>> values = all.get(name) instanceof List<?> l ? (List<Map<String, Object>>) l
                    : List.of();
            if (values.isEmpty()) {
                continue;
            }
            List<FacetValue> choices = new ArrayList<>();
            for (Map<String, Object> value : values) {
                String v = String.valueOf(value.get("value"));
                choices.add(new FacetValue(v, ((Number) value.get("count")).longValue(),
                        links.with(lang, q, filters, name, v), v.equals(filters.get(name))));
            }
            facets.add(new Facet(name, filters.containsKey(name) ? links.without(lang, q, filters, name) : null,
                    choices));
        }
        return facets;
    }
}
