package ma.remacto.portal.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The region a regional council's portal shows, as the gateway named it from the host the request came to (the
 * gateway drops whatever a client sends in this header). The portal passes it on to every service it calls; the
 * services enforce it.
 */
public final class RegionScope {

    public static final String HEADER = "X-Remacto-Region-Scope";

    private RegionScope() {
    }

    /** The region slug of this request's portal, or null on the national portal. */
    public static String of(HttpServletRequest request) {
        String region = request.getHeader(HEADER);
        return region == null || region.isBlank() ? null : region;
    }
}
