package ma.remacto.portal;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal finds the services (their cluster addresses: the portal renders their public APIs, it keeps no
 * data of its own), the national portal's public address (regional portals link to it) and the look of each
 * regional council's portal.
 *
 * @param services base URL of each service by name (members, ideation, search, projects, consultations, petitions,
 * opendata)
 * @param nationalUrl the national portal as the public reaches it
 * @param regions a regional council's colours by region slug; a region without an entry gets the network's
 */
@ConfigurationProperties("remacto.portal")
public record PortalProperties(Map<String, URI> services, URI nationalUrl, Map<String, Branding> regions) {

    public PortalProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    public URI service(String name) {
        URI url = services.get(name);
        if (url == null) {
            throw new IllegalStateException("remacto.portal.services." + name + " is not configured");
        }
        return url;
    }

    /**
     * A portal's colours (CSS colours; both must keep 4.5:1 contrast with white text, WCAG AA).
     * @param primary header and buttons
     * @param accent links' hover and the focus ring
     */
    public record Branding(String primary, String accent) {
    }
}
