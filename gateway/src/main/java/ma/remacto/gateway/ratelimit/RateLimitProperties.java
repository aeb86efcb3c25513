package ma.remacto.gateway.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client request limits at the gateway ({@code remacto.gateway.rate-limits}), as token buckets: a bucket holds
 * {@code capacity} requests and refills at {@code capacity} per {@code per}. Every figure is configuration (see
 * application.yaml for the ones in force and docs/operations.md for tuning them); nothing is fixed in code.
 *
 * @param enabled false switches every limit off (benchmarks through the gateway)
 * @param trustedProxies addresses (a regular expression, like Spring Cloud Gateway's {@code trusted-proxies}) whose
 * {@code X-Forwarded-For} is believed: the ingress controller in Kubernetes. From any other peer the header is
 * ignored, so a client cannot choose its own key.
 * @param maxKeys the most buckets kept at once, whatever the traffic (bounded memory)
 * @param sweepInterval how often buckets that have refilled completely (idle long enough: they hold nothing a new
 * bucket would not) are forgotten
 * @param exemptPaths paths never limited (probes and scrapes: a 429 there would make Kubernetes restart the gateway)
 * @param tiers the limits by name; a request takes one token from each tier it matches
 */
@ConfigurationProperties("remacto.gateway.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, String trustedProxies,
		@DefaultValue("100000") int maxKeys, @DefaultValue("1m") Duration sweepInterval,
		@DefaultValue List<String> exemptPaths, Map<String, Tier> tiers) {

	public RateLimitProperties {
		tiers = (tiers != null) ? new LinkedHashMap<>(tiers) : new LinkedHashMap<>();
		exemptPaths = List.copyOf(exemptPaths);
		if (maxKeys < 1) {
			throw new IllegalStateException("remacto.gateway.rate-limits.max-keys must be at least 1");
		}
		tiers.forEach((name, tier) -> {
			if (tier.perSubject() == null && tier.perAddress() == null) {
				throw new IllegalStateException("remacto.gateway.rate-limits.tiers." + name
						+ " needs per-subject or per-address");
			}
		});
	}

	/**
	 * One tier of limits.
	 * @param requests the requests it applies to (any of them); none means every request
	 * @param perSubject the limit of one signed-in caller (the bearer token's {@code sub}), if any
	 * @param perAddress the limit of one client address (an IPv6 client: its /64), if any
	 * @param addressWhenSignedIn true: the address limit applies to signed-in callers as well (one address creating
	 * many accounts); false: only to callers without a token, signed-in ones being counted by subject (many people
	 * behind one shared address)
	 */
	public record Tier(@DefaultValue List<RequestMatch> requests, Limit perSubject, Limit perAddress,
			@DefaultValue("false") boolean addressWhenSignedIn) {
	}

	/**
	 * @param methods HTTP methods (none: any)
	 * @param paths path patterns ({@code /api/ideas/*}/supports)
	 */
	public record RequestMatch(@DefaultValue List<String> methods, @DefaultValue List<String> paths) {
	}

	/** A bucket of {@code capacity} requests refilled at {@code capacity} per {@code per}. */
	public record Limit(int capacity, Duration per) {

		public Limit {
			if (capacity < 1 || per == null || per.isNegative() || per.isZero()) {
				throw new IllegalStateException("a rate limit needs a capacity of at least 1 and a positive period");
			}
		}

	}

}
