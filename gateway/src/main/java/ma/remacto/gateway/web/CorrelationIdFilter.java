package ma.remacto.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request a correlation id, forwards it to the service, returns it to the caller and writes the access
 * log line with it. A WebFilter rather than a gateway GlobalFilter so the requests the gateway answers itself (401,
 * 404, actuator) carry the id too; it runs before Spring Security for the same reason.
 */
@Component
public class CorrelationIdFilter implements WebFilter, Ordered {

	public static final String HEADER = "X-Correlation-Id";

	/** MDC key, so structured log events carry the id as a field. */
	public static final String MDC_KEY = "correlationId";

	private static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

	// Only ids that are safe to echo in headers and logs are accepted; anything else is replaced, not trusted.
	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Logger accessLog = LoggerFactory.getLogger("ma.remacto.gateway.access");

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = (incoming != null && VALID.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
		exchange.getAttributes().put(ATTRIBUTE, id);
		ServerHttpRequest request = exchange.getRequest().mutate().headers((headers) -> headers.set(HEADER, id)).build();
		ServerHttpResponse response = exchange.getResponse();
		long start = System.nanoTime();
		// Set at commit time: a service that echoes the id itself must not end up with the header twice.
		response.beforeCommit(() -> {
			response.getHeaders().set(HEADER, id);
			logAccess(request, response.getStatusCode(), id, start);
			return Mono.empty();
		});
		return chain.filter(exchange.mutate().request(request).build());
	}

	/** The request's correlation id, or null outside a request that went through this filter. */
	public static String correlationId(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	/** Runs {@code action} with the exchange's correlation id in the MDC, for log lines written off the filter. */
	public static void withMdc(ServerWebExchange exchange, Runnable action) {
		String id = correlationId(exchange);
		if (id == null) {
			action.run();
			return;
		}
		try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
			action.run();
		}
	}

	private static void logAccess(ServerHttpRequest request, HttpStatusCode status, String id, long start) {
		String path = request.getPath().value();
		boolean probe = path.startsWith("/actuator/");
		if (probe ? !accessLog.isDebugEnabled() : !accessLog.isInfoEnabled()) {
			return;
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		int code = (status != null) ? status.value() : 0;
		try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
			// Kubernetes probes and Prometheus scrapes would drown the real traffic at INFO.
			(probe ? accessLog.atDebug() : accessLog.atInfo()).addKeyValue("http.request.method", request.getMethod().name())
				.addKeyValue("url.path", path)
				.addKeyValue("http.response.status_code", code)
				.addKeyValue("event.duration_ms", millis)
				.log("{} {} -> {} ({} ms)", request.getMethod().name(), path, code, millis);
		}
	}

}
