package ma.remacto.gateway.ratelimit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ma.remacto.gateway.error.GatewayProblem;
import ma.remacto.gateway.error.ProblemWriter;
import ma.remacto.gateway.ratelimit.RateLimitProperties.Limit;
import ma.remacto.gateway.ratelimit.RateLimitProperties.RequestMatch;
import ma.remacto.gateway.ratelimit.RateLimitProperties.Tier;
import ma.remacto.gateway.ratelimit.TokenBuckets.Decision;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Applies {@code remacto.gateway.rate-limits}: each tier a request matches takes a token from the caller's bucket
 * (the bearer token's subject when the gateway validated one, else the client address) and, where the tier says so,
 * from the address's bucket too. A request refused by any is answered 429 {@code rate-limited} with
 * {@code Retry-After} and never forwarded; the tokens it took from the other buckets are given back.
 *
 * <p>It runs right after Spring Security (order -100), which has by then validated the token: a forged or expired
 * token never becomes a key, and requests security refuses (401) cost a signature check at most. Answers carry
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds) of the bucket closest to
 * running out.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

	public static final String LIMIT = "RateLimit-Limit";

	public static final String REMAINING = "RateLimit-Remaining";

	public static final String RESET = "RateLimit-Reset";

	/** Refusals by tier and by what was counted ({@code subject} or {@code address}), never by who. */
	public static final String REFUSALS = "remacto.gateway.rate.limited";

	private final RateLimitProperties properties;

	private final List<CompiledTier> tiers;

	private final List<PathPattern> exempt;

	private final ClientAddress clientAddress;

	private final TokenBuckets buckets;

	private final ProblemWriter problems;

	private final MeterRegistry meters;

	public RateLimitFilter(RateLimitProperties properties, ProblemWriter problems, MeterRegistry meters,
			ObjectProvider<Clock> clock) {
		this.properties = properties;
		this.problems = problems;
		this.meters = meters;
		PathPatternParser parser = PathPatternParser.defaultInstance;
		this.exempt = properties.exemptPaths().stream().map(parser::parse).toList();
		this.tiers = properties.tiers().entrySet().stream()
			.map((entry) -> new CompiledTier(entry.getKey(), entry.getValue(), parser))
			.toList();
		this.clientAddress = new ClientAddress(properties.trustedProxies());
		this.buckets = new TokenBuckets(properties.maxKeys(), properties.sweepInterval().toMillis(),
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Override
	public int getOrder() {
		// After Spring Security's WebFilterChainProxy (-100), before the request size check (0) and routing.
		return -50;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		PathContainer path = request.getPath().pathWithinApplication();
		if (!this.properties.enabled() || this.exempt.stream().anyMatch((pattern) -> pattern.matches(path))) {
			return chain.filter(exchange);
		}
		List<CompiledTier> matching = this.tiers.stream().filter((tier) -> tier.matches(request, path)).toList();
		if (matching.isEmpty()) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((principal) -> Optional.ofNullable(((JwtAuthenticationToken) principal).getToken().getSubject()))
			.defaultIfEmpty(Optional.empty())
			.flatMap((subject) -> apply(exchange, chain, matching, subject));
	}

	private Mono<Void> apply(ServerWebExchange exchange, WebFilterChain chain, List<CompiledTier> matching,
			Optional<String> subject) {
		String address = this.clientAddress.of(exchange.getRequest());
		List<Taken> taken = new ArrayList<>();
		for (CompiledTier tier : matching) {
			Tier config = tier.config;
			if (subject.isPresent() && config.perSubject() != null) {
				taken.add(take(tier.name, "subject", subject.get(), config.perSubject()));
			}
			if ((subject.isEmpty() || config.addressWhenSignedIn()) && config.perAddress() != null) {
				taken.add(take(tier.name, "address", address, config.perAddress()));
			}
		}
		if (taken.isEmpty()) {
			return chain.filter(exchange);
		}
		Taken closest = taken.get(0);
		Taken refused = null;
		for (Taken each : taken) {
			if (each.decision.remaining() * closest.decision.limit() < closest.decision.remaining()
					* each.decision.limit()) {
				closest = each;
			}
			if (!each.decision.allowed()
					&& (refused == null || each.decision.retryAfterMillis() > refused.decision.retryAfterMillis())) {
				refused = each;
			}
		}
		HttpHeaders headers = exchange.getResponse().getHeaders();
		Taken shown = (refused != null) ? refused : closest;
		headers.set(LIMIT, Integer.toString(shown.decision.limit()));
		headers.set(REMAINING, Long.toString(shown.decision.remaining()));
		headers.set(RESET, Long.toString(shown.decision.resetSeconds()));
		if (refused == null) {
			return chain.filter(exchange);
		}
		for (Taken each : taken) {
			if (each.decision.allowed()) {
				this.buckets.refund(each.key);
			}
		}
		Counter.builder(REFUSALS)
			.description("Requests refused with 429 by the gateway's rate limits")
			.tag("tier", refused.tier)
			.tag("by", refused.by)
			.register(this.meters)
			.increment();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(refused.decision.retryAfterSeconds()));
		return this.problems.write(exchange, GatewayProblem.RATE_LIMITED);
	}

	private Taken take(String tier, String by, String who, Limit limit) {
		String key = tier + '|' + by + '|' + who;
		return new Taken(tier, by, key, this.buckets.take(key, limit));
	}

	/** How many buckets are held (for tests and a gauge). */
	public int buckets() {
		return this.buckets.size();
	}

	private record Taken(String tier, String by, String key, Decision decision) {
	}

	private static final class CompiledTier {

		private final String name;

		private final Tier config;

		private final List<List<String>> methods;

		private final List<List<PathPattern>> paths;

		CompiledTier(String name, Tier config, PathPatternParser parser) {
			this.name = name;
			this.config = config;
			this.methods = config.requests().stream()
				.map((match) -> match.methods().stream().map((m) -> m.toUpperCase(Locale.ROOT)).toList())
				.toList();
			this.paths = config.requests().stream()
				.map((RequestMatch match) -> match.paths().stream().map(parser::parse).toList())
				.toList();
		}

		boolean matches(ServerHttpRequest request, PathContainer path) {
			if (this.paths.isEmpty()) {
				return true;
			}
			String method = request.getMethod().name();
			for (int i = 0; i < this.paths.size(); i++) {
				List<String> methods = this.methods.get(i);
				List<PathPattern> patterns = this.paths.get(i);
				if ((methods.isEmpty() || methods.contains(method))
						&& (patterns.isEmpty() || patterns.stream().anyMatch((pattern) -> pattern.matches(path)))) {
					return true;
				}
			}
			return false;
		}

	}

}
