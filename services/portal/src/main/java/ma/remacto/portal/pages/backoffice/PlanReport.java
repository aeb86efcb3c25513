package ma.remacto.portal.pages.backoffice;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.View;

/**
 * A plan's printable evaluation report as the projects service renders it (one standalone HTML document, every typed
 * text escaped, no script), passed to the staff's browser as it came: the portal fetched it with their token, so a
 * draft plan's report and unpublished projects are in it, which the public address would leave out. Its language is
 * the page's (the portal's locale, sent as Content-Language like every page).
 */
record PlanReport(String html) implements View {

    /** The seeds' evaluations (التقييم الدوري، السنوي، المرحلي، النهائي), in the service's words for them. */
    static final List<String> KINDS = List.of("quarterly", "annual", "mid-term", "final");

    /** Only the quarterly and annual reports name their period ("2025-Q3", "2025"). */
    static Map<String, Object> query(String kind, String period, String lang) {
        return "quarterly".equals(kind) || "annual".equals(kind)
                ? Map.of("period", period.strip(), "lang", lang) : Map.of("lang", lang);
    }

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType(getContentType());
        // The report carries its own print style sheet inline (a standalone document); it has no script, so the
        // portal's policy is narrowed for it to that alone rather than loosened.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        // Staff-only content: never kept by a shared cache.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
