package ma.remacto.gateway.web;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * {@code Strict-Transport-Security} on every answer to an HTTPS request, pages and API alike. In Kubernetes TLS ends
 * at the ingress controller and the gateway sees plain HTTP, so Spring Security's own writer (which looks at the
 * request's scheme only) would never send it: here a request also counts as HTTPS when a trusted proxy says so in
 * {@code X-Forwarded-Proto}. Never on plain HTTP (a browser ignores it there, and locally it would pin localhost).
 * A value the service set itself is kept.
 */
@Component
public class StrictTransportSecurityFilter implements WebFilter, Ordered {

	public static final String HEADER = "Strict-Transport-Security";

	private final String value;

	private final Pattern trustedProxies;

	public StrictTransportSecurityFilter(@Value("${remacto.gateway.strict-transport-security:}") String value,
			@Value("${spring.cloud.gateway.server.webflux.trusted-proxies:}") String trustedProxies) {
		this.value = value.strip();
		this.trustedProxies = trustedProxies.isBlank() ? null : Pattern.compile(trustedProxies);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.value.isEmpty() && isHttps(exchange.getRequest())) {
			ServerHttpResponse response = exchange.getResponse();
			response.beforeCommit(() -> {
				if (!response.getHeaders().containsHeader(HEADER)) {
					response.getHeaders().set(HEADER, this.value);
				}
				return Mono.empty();
			});
		}
		return chain.filter(exchange);
	}

	boolean isHttps(ServerHttpRequest request) {
		if (request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme())) {
			return true;
		}
		InetSocketAddress remote = request.getRemoteAddress();
		if (this.trustedProxies == null || remote == null || remote.getAddress() == null
				|| !this.trustedProxies.matcher(remote.getAddress().getHostAddress()).matches()) {
			return false;
		}
		String proto = request.getHeaders().getFirst("X-Forwarded-Proto");
		// The first value is the original client's scheme when several proxies appended theirs.
		return proto != null && proto.split(",")[0].strip().equalsIgnoreCase("https");
	}

}
