package ma.remacto.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A regional council's portal: the gateway names the region of the host a request came to in {@link #HEADER} (and
 * drops that header from what clients send, so nobody widens or chooses a scope). Every list, search and statistics
 * endpoint already filters on a {@code region} parameter; this filter makes that parameter the scope's region
 * whatever the client asked, so the scope is enforced by each service with the filters it already has and tests.
 * Single records (an idea, a member's card) stay readable by id: a regional portal still links to the national one.
 */
public class RegionScopeFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Remacto-Region-Scope";
    public static final String PARAMETER = "region";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String region = request.getHeader(HEADER);
        // Reads only: lists, search and statistics are GETs; a write names its member in its body or path.
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || region == null || !SLUG.matcher(region).matches() || region.length() > 64) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Scoped(request, region), response);
    }

    /** The request with {@code region} = the scope's region, whatever the query string said. */
    private static final class Scoped extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Scoped(HttpServletRequest request, String region) {
            super(request);
            Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
            all.put(PARAMETER, new String[] {region});
            this.parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
