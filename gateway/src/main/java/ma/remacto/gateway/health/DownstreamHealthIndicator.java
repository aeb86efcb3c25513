package ma.remacto.gateway.health;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A downstream service's own readiness, as that service reports it at {@code /actuator/health/readiness}. UP only
 * when it answers 2xx with status UP within the timeout.
 */
class DownstreamHealthIndicator implements ReactiveHealthIndicator {

	static final String READINESS_PATH = "/actuator/health/readiness";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final WebClient client;

	private final URI readiness;

	private final Duration timeout;

	DownstreamHealthIndicator(WebClient client, URI baseUrl, Duration timeout) {
		this.client = client;
		this.readiness = baseUrl.resolve(READINESS_PATH);
		this.timeout = timeout;
	}

	@Override
	public Mono<Health> health() {
		return this.client.get()
			.uri(this.readiness)
			.exchangeToMono((response) -> response.bodyToMono(JSON_OBJECT)
				.onErrorResume((ex) -> Mono.empty())
				.defaultIfEmpty(Map.of())
				.map((body) -> {
					Object reported = body.get("status");
					boolean up = response.statusCode().is2xxSuccessful() && "UP".equals(reported);
					return (up ? Health.up() : Health.down()).withDetail("url", this.readiness.toString())
						.withDetail("httpStatus", response.statusCode().value())
						.withDetail("status", (reported != null) ? reported : "unknown")
						.build();
				}))
			.timeout(this.timeout)
			.onErrorResume((ex) -> Mono.just(Health.down()
				.withDetail("url", this.readiness.toString())
				.withDetail("error", (ex instanceof java.util.concurrent.TimeoutException)
						? "no answer within " + this.timeout.toMillis() + " ms" : describe(ex))
				.build()));
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
	}

}
