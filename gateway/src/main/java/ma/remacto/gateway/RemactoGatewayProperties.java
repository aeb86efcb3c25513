package ma.remacto.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The downstream services the gateway fronts, keyed by service name. Routes, the identity pass-through security
 * chain and the aggregated health all derive from this one map, so enabling a service is one {@code enabled: true}
 * (or {@code REMACTO_GATEWAY_SERVICES_<NAME>_ENABLED=true}).
 *
 * @param services downstream services by name; the name is also the route id and the health component name
 * @param healthTimeout how long a downstream readiness probe may take before the service is reported DOWN
 * @param maxRequestSize largest request body the gateway lets through (413 above it)
 * @param regionalPortals regional councils' portals: a host name and the region it shows
 */
@ConfigurationProperties("remacto.gateway")
public record RemactoGatewayProperties(Map<String, Service> services, @DefaultValue("2s") Duration healthTimeout,
		@DefaultValue("10MB") DataSize maxRequestSize, List<RegionalPortal> regionalPortals) {

	public RemactoGatewayProperties {
		regionalPortals = (regionalPortals != null) ? List.copyOf(regionalPortals) : List.of();
		services = (services != null) ? new LinkedHashMap<>(services) : new LinkedHashMap<>();
		services.forEach((name, service) -> {
			if (service.enabled() && (service.url() == null || service.paths().isEmpty())) {
				throw new IllegalStateException(
						"remacto.gateway.services." + name + " is enabled but has no url or no paths");
			}
		});
	}

	/** Enabled services only, in declaration order: a service that is not deployed yet must never be routed. */
	public Map<String, Service> enabledServices() {
		Map<String, Service> enabled = new LinkedHashMap<>();
		this.services.forEach((name, service) -> {
			if (service.enabled()) {
				enabled.put(name, service);
			}
		});
		return enabled;
	}

	/**
	 * @param url base URL of the service (scheme, host, port; a path is ignored by the gateway)
	 * @param enabled whether the service is deployed and should be routed and health-checked
	 * @param paths gateway path patterns forwarded unchanged to the service
	 * @param apiDocs whether {@code /v3/api-docs/<name>} is forwarded to the service's {@code /v3/api-docs}
	 * @param gatewayAuth false for services that authenticate their own callers in ways the gateway must not
	 * interfere with (identity: login form, HTTP Basic client authentication on the token endpoint)
	 */
	public record Service(URI url, @DefaultValue("true") boolean enabled, @DefaultValue List<String> paths,
			@DefaultValue("true") boolean apiDocs, @DefaultValue("true") boolean gatewayAuth) {
	}

	/**
	 * A regional council's portal: requests to {@code host} are scoped to {@code region} (a region's member slug).
	 * @param host the host name as browsers send it, without the port (compared ignoring case)
	 * @param region the region's member slug
	 */
	public record RegionalPortal(String host, String region) {
	}

}
