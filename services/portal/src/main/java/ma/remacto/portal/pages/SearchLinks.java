package ma.remacto.portal.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page's links: the same query with one facet's filter set, removed, or another page. */
@Component("searchLinks")
public class SearchLinks {

    public String with(String lang, String q, Map<String, String> filters, String name, Object value) {
        Map<String, String> next = new LinkedHashMap<>(filters);
        next.put(name, String.valueOf(value));
        return link(lang, q, next, 0);
    }

    public String without(String lang, String q, Map<String, String> filters, String name) {
        Map<String, String> next = new LinkedHashMap<>(filters);
        next.remove(name);
        return link(lang, q, next, 0);
    }

    public String page(String lang, String q, Map<String, String> filters, int page) {
        return link(lang, q, filters, page);
    }

    private static String link(String lang, String q, Map<String, String> filters, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/" + lang + "/search").queryParam("q", q);
        filters.forEach(uri::queryParam);
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
