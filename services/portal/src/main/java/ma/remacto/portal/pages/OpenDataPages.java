package ma.remacto.portal.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The open data catalogue inside the portal: the datasets of the open data service with its kind and member
 * filters, a search in their titles, descriptions and tags (the service's CKAN {@code package_search}), and a
 * dataset's page with its description, licence, coverage, columns and downloads. Downloads are the open data
 * service's own addresses ({@code /api/datasets/…}, through the gateway): the browser fetches them directly, the
 * portal never relays a file.
 */
@Controller
public class OpenDataPages {

    static final int PAGE_SIZE = 20;
    static final List<String> KINDS = List.of("IDEAS", "PROJECTS", "ACTIVITIES", "PLANS", "CONSULTATIONS", "MEETINGS",
            "PETITIONS", "STATISTICS");
    /** CKAN's cap on one page of package_search, far above the catalogue's size (8 kinds x 67 publishers). */
    static final int SEARCH_ROWS = 1000;

    private final Services services;

    public OpenDataPages(Services services) {
        this.services = services;
    }

    @GetMapping("/{lang:ar|fr}/data")
    public String catalogue(@RequestParam(required = false) String kind, @RequestParam(required = false) String member,
            @RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("kind", blankToNull(kind));
        filters.put("member", blankToNull(member));
        int pageNumber = PageNumber.of(page);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("kind", blankToNull(kind));
        model.addAttribute("member", blankToNull(member));
        model.addAttribute("q", query);
        model.addAttribute("members", services.getAll("members", "/api/members", Map.of()));
        try {
            model.addAttribute("datasets", query.isEmpty() ? listed(filters, pageNumber) : found(query, filters, pageNumber));
        } catch (Refused refused) {
            refused.rethrowUnless(400);
            // e.g. a kind the service does not know, typed in the URL: the service's words, field by field
            List<String> words = new ArrayList<>();
            if (!refused.detail().isBlank()) {
                words.add(refused.detail());
            }
            refused.fieldErrors().forEach(error -> words.add(String.valueOf(error.get("message"))));
            model.addAttribute("refusal", String.join(" ", words));
            model.addAttribute("datasets", Map.of("items", List.of(), "page", 0, "totalItems", 0, "totalPages", 0));
        }
        return "data";
    }

    @GetMapping("/{lang:ar|fr}/data/{name}")
    public String dataset(@PathVariable String name, Model model) {
        Map<String, Object> dataset = services.get("opendata", "/api/datasets/" + name, Map.of());
        model.addAttribute("dataset", dataset);
        Map<String, String> downloads = new LinkedHashMap<>();
        if (dataset.get("resources") instanceof List<?> resources) {
            for (Object resource : resources) {
                if (resource instanceof Map<?, ?> r) {
                    downloads.put(String.valueOf(r.get("format")), String.valueOf(r.get("path")));
                }
            }
        }
        model.addAttribute("downloads", downloads);
        return "dataset";
    }

    private Map<String, Object> listed(Map<String, Object> filters, int page) {
        Map<String, Object> query = new LinkedHashMap<>(filters);
        query.put("page", page);
        query.put("size", PAGE_SIZE);
        return services.get("opendata", "/api/datasets", query);
    }

    /**
     * The datasets matching the words, most relevant first: CKAN's search gives the names in its order, the
     * datasets API the records with the filters (and the regional portal's scope, which the CKAN API does not
     * take); the page is cut here.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> found(String q, Map<String, Object> filters, int page) {
        Map<String, Object> search = services.get("opendata", "/api/3/action/package_search",
                Map.of("q", q, "rows", SEARCH_ROWS));
        Map<String, Object> result = search.get("result") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Integer> rank = new HashMap<>();
        if (result.get("results") instanceof List<?> results) {
            for (Object hit : results) {
                if (hit instanceof Map<?, ?> h) {
                    rank.putIfAbsent(String.valueOf(h.get("name")), rank.size());
                }
            }
        }
        List<Map<String, Object>> matching = new ArrayList<>();
        if (!rank.isEmpty()) {
            for (Map<String, Object> dataset : services.getAll("opendata", "/api/datasets", filters)) {
                if (rank.containsKey(String.valueOf(dataset.get("name")))) {
                    matching.add(dataset);
                }
            }
        }
        matching.sort((a, b) -> Integer.compare(rank.get(String.valueOf(a.get("name"))),
                rank.get(String.valueOf(b.get("name")))));
        int pages = (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int from = (int) Math.min((long) page * PAGE_SIZE, matching.size());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())));
        answer.put("page", page);
        answer.put("totalItems", matching.size());
        answer.put("totalPages", pages);
        return answer;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
