package ma.remacto.gateway.ratelimit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import ma.remacto.gateway.ratelimit.RateLimitProperties.Limit;

/**
 * Token buckets in this process's memory, one per key (a tier and a subject or an address). Memory is bounded:
 * a bucket that has refilled completely is worth nothing (a new one would be the same), so such buckets are
 * forgotten every {@code sweepInterval}; and the map never holds more than {@code maxKeys} buckets: at the cap, the
 * fullest tenth is forgotten first (a forgotten bucket comes back full, which favours its client a little and never
 * refuses anyone wrongly).
 *
 * <p>With several gateway replicas, each holds its own buckets: a client spread by the load balancer over N replicas
 * gets up to N times each limit. That still stops floods, which is the point; exact network-wide counts would need a
 * shared store (Redis), which the platform does not run.
 */
public final class TokenBuckets {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int maxKeys;

	private final long sweepMillis;

	private final Clock clock;

	private final AtomicLong lastSweep;

	public TokenBuckets(int maxKeys, long sweepMillis, Clock clock) {
		this.maxKeys = maxKeys;
		this.sweepMillis = sweepMillis;
		this.clock = clock;
		this.lastSweep = new AtomicLong(clock.millis());
	}

	/**
	 * What one request got from a bucket.
	 * @param allowed whether a token was taken
	 * @param limit the bucket's capacity
	 * @param remaining whole tokens left after this request
	 * @param retryAfterMillis when refused, how long until a token is there (0 when allowed)
	 * @param resetMillis how long until the bucket is full again
	 */
	public record Decision(boolean allowed, int limit, long remaining, long retryAfterMillis, long resetMillis) {

		public long retryAfterSeconds() {
			return Math.max(1, (this.retryAfterMillis + 999) / 1000);
		}

		public long resetSeconds() {
			return (this.resetMillis + 999) / 1000;
		}

	}

	/** Takes one token from the key's bucket (made full on first use). */
	public Decision take(String key, Limit limit) {
		long now = this.clock.millis();
		sweepIfDue(now);
		Bucket bucket = this.buckets.get(key);
		if (bucket == null) {
			if (this.buckets.size() >= this.maxKeys) {
				makeRoom(now);
			}
			bucket = this.buckets.computeIfAbsent(key, (k) -> new Bucket(limit, now));
		}
		return bucket.take(now);
	}

	/**
	 * Gives back the token a request took, when another bucket refused that request: a refused request costs
	 * nothing, so a caller who runs out of one limit does not also drain the address they share with others.
	 */
	public void refund(String key) {
		Bucket bucket = this.buckets.get(key);
		if (bucket != null) {
			bucket.refund(this.clock.millis());
		}
	}

	/** How many buckets are held now. */
	public int size() {
		return this.buckets.size();
	}

	private void sweepIfDue(long now) {
		long last = this.lastSweep.get();
		if (now - last >= this.sweepMillis && this.lastSweep.compareAndSet(last, now)) {
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
	}

	/** At the cap: forget full buckets, then, if that was not enough, the fullest tenth. */
	private synchronized void makeRoom(long now) {
		if (this.buckets.size() < this.maxKeys) {
			return;
		}
		this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		int excess = this.buckets.size() - this.maxKeys + 1;
		if (excess <= 0) {
			return;
		}
		int toForget = Math.max(excess, this.maxKeys / 10);
		List<Map.Entry<String, Bucket>> entries = new ArrayList<>(this.buckets.entrySet());
		entries.sort(Comparator.comparingDouble((Map.Entry<String, Bucket> entry) -> entry.getValue().level(now))
			.reversed());
		for (int i = 0; i < toForget && i < entries.size(); i++) {
			this.buckets.remove(entries.get(i).getKey());
		}
	}

	private static final class Bucket {

		private final Limit limit;

		private double tokens;

		private long updatedAt;

		Bucket(Limit limit, long now) {
			this.limit = limit;
			this.tokens = limit.capacity();
			this.updatedAt = now;
		}

		private double millisPerToken() {
			return (double) this.limit.per().toMillis() / this.limit.capacity();
		}

		synchronized Decision take(long now) {
			refill(now);
			int capacity = this.limit.capacity();
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return new Decision(true, capacity, (long) Math.floor(this.tokens), 0, untilFull());
			}
			// (less a hair: floating-point sums of refills must not turn 1000 ms into 1001)
			long wait = (long) Math.ceil((1 - this.tokens) * millisPerToken() - 1e-6);
			return new Decision(false, capacity, 0, Math.max(1, wait), untilFull());
		}

		synchronized void refund(long now) {
			refill(now);
			this.tokens = Math.min(this.limit.capacity(), this.tokens + 1);
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.tokens >= this.limit.capacity();
		}

		synchronized double level(long now) {
			refill(now);
			return this.tokens / this.limit.capacity();
		}

		private void refill(long now) {
			if (now > this.updatedAt) {
				this.tokens = Math.min(this.limit.capacity(), this.tokens + (now - this.updatedAt) / millisPerToken());
				this.updatedAt = now;
			}
		}

		private long untilFull() {
			return Math.max(0, (long) Math.ceil((this.limit.capacity() - this.tokens) * millisPerToken() - 1e-6));
		}

	}

}
