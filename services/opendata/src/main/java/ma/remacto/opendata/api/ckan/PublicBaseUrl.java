package ma.remacto.opendata.api.ckan;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address clients reach the platform at (the gateway's), from {@code X-Forwarded-Proto}, {@code -Host},
 * {@code -Port} and {@code -Prefix} when the gateway sets them, otherwise from the request itself; without a
 * trailing slash. Download URLs in CKAN and DCAT answers are absolute from it.
 */
public final class PublicBaseUrl {

    private PublicBaseUrl() {
    }

    public static String of(HttpServletRequest request) {
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        String host = first(request.getHeader("X-Forwarded-Host"));
        String port = first(request.getHeader("X-Forwarded-Port"));
        String prefix = first(request.getHeader("X-Forwarded-Prefix"));
        String scheme = proto != null && proto.matches("https?") ? proto : request.getScheme();
        String authority;
        if (host != null && host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            authority = host;
            if (!host.contains(":") && port != null && port.matches("\\d{1,5}") && !defaultPort(scheme, port)) {
                authority = host + ":" + port;
            }
        } else {
            int serverPort = request.getServerPort();
            authority = request.getServerName()
                    + (defaultPort(scheme, String.valueOf(serverPort)) ? "" : ":" + serverPort);
        }
        String path = prefix != null && prefix.matches("(/[A-Za-z0-9._~\\-]+)+/?") ? prefix.replaceAll("/$", "") : "";
        return scheme + "://" + authority + path;
    }

    private static boolean defaultPort(String scheme, String port) {
        return ("http".equals(scheme) && "80".equals(port)) || ("https".equals(scheme) && "443".equals(port));
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }
}
