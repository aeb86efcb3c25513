package ma.remacto.gateway.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ma.remacto.gateway.RemactoGatewayProperties;
import ma.remacto.gateway.RemactoGatewayProperties.RegionalPortal;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Regional councils' portals: a request that came to a regional host (by its Host header) reaches the portal and
 * the services with {@link #HEADER} naming the region; lists, search and statistics are then that region's (each
 * service enforces it). Whatever a client sends in that header is dropped first, so the scope comes only from the
 * host: a client cannot widen it or pick another one. (A client that sends a regional Host to the national address
 * only narrows what it sees.)
 */
@Component
public class RegionScopeFilter implements WebFilter, Ordered {

	public static final String HEADER = "X-Remacto-Region-Scope";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final Map<String, String> regionByHost;

	public RegionScopeFilter(RemactoGatewayProperties properties) {
		for (RegionalPortal portal : properties.regionalPortals()) {
			if (portal.host() == null || portal.host().isBlank() || portal.region() == null
					|| !SLUG.matcher(portal.region()).matches()) {
				throw new IllegalStateException("remacto.gateway.regional-portals: a host and a region slug each, not "
						+ portal);
			}
		}
		this.regionByHost = properties.regionalPortals()
			.stream()
			.collect(Collectors.toUnmodifiableMap((portal) -> portal.host().toLowerCase(Locale.ROOT),
					RegionalPortal::region));
	}

	@Override
	public int getOrder() {
		// Right after the correlation id, before security and routing.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest incoming = exchange.getRequest();
		String region = regionOf(incoming);
		ServerHttpRequest request = incoming.mutate().headers((headers) -> {
			headers.remove(HEADER);
			if (region != null) {
				headers.set(HEADER, region);
			}
		}).build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	String regionOf(ServerHttpRequest request) {
		var host = request.getHeaders().getHost();
		return host == null ? null : regionByHost.get(host.getHostString().toLowerCase(Locale.ROOT));
	}

	/** The regions of the configured hosts, for tests and logs. */
	public Map<String, String> regionByHost() {
		return regionByHost;
	}

}
