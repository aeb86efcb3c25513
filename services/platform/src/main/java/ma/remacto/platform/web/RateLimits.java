package ma.remacto.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Per-client limits on abusable writes (signatures, contributions, answers), as token buckets: a burst of
 * {@code capacity} requests, then one more every {@code per / capacity}. A limit is named, and configured under
 * {@code remacto.rate-limits.<name>} ({@code capacity}, {@code per}); a name without configuration is not limited.
 *
 * <p>The client is the address the gateway saw. The gateway appends it to {@code X-Forwarded-For}, after whatever the
 * client sent (which anyone can write, so the first entries are never trusted): the client is the entry
 * {@code remacto.web.forwarded-hops} places from the right (1: the gateway is the only proxy, as locally; 2 behind an
 * ingress controller that appends the real client before the gateway appends the controller), else the
 * connection's address. Buckets live in the instance's
 * memory: with N replicas a client gets up to N times the limit, which is enough to stop bursts; the gateway's own
 * per-IP limits (issue 7) are the network-wide ones.
 */
public class RateLimits {

    /** Buckets idle this long are forgotten, so memory follows the active clients only. */
    private static final Duration IDLE = Duration.ofMinutes(10);

    private final Map<String, Limit> limits;
    private final int forwardedHops;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(Map<String, Limit> limits, int forwardedHops, Clock clock) {
        this.limits = Map.copyOf(limits);
        this.forwardedHops = Math.max(1, forwardedHops);
        this.clock = clock;
    }

    public record Limit(int capacity, Duration per) {
    }

    /** Takes one request of {@code name} for the request's client, or refuses it with 429. */
    public void take(String name, HttpServletRequest request) {
        take(name, client(request, forwardedHops));
    }

    public void take(String name, String client) {
        Limit limit = limits.get(name);
        if (limit == null) {
            return;
        }
        long now = clock.millis();
        if (buckets.size() > 10_000) {
            buckets.values().removeIf(bucket -> now - bucket.updatedAt > IDLE.toMillis());
        }
        Bucket bucket = buckets.computeIfAbsent(name + '|' + client, key -> new Bucket(limit.capacity(), now));
        long waitMillis = bucket.take(limit, now);
        if (waitMillis > 0) {
            throw new RateLimitedException(Math.max(1, (waitMillis + 999) / 1000));
        }
    }

    static String client(HttpServletRequest request, int forwardedHops) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[Math.max(0, hops.length - forwardedHops)].trim();
        }
        return request.getRemoteAddr();
    }

    private static final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        /** 0 if a token was taken, otherwise how long until one is there. */
        synchronized long take(Limit limit, long now) {
            double perToken = (double) limit.per().toMillis() / limit.capacity();
            tokens = Math.min(limit.capacity(), tokens + (now - updatedAt) / perToken);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * perToken);
        }
    }
}
