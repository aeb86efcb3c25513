package ma.remacto.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import ma.remacto.gateway.ratelimit.RateLimitProperties.Limit;
import ma.remacto.gateway.ratelimit.TokenBuckets.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

	private static final Limit FIVE_A_MINUTE = new Limit(5, Duration.ofMinutes(1));

	private Instant now = Instant.parse("2026-11-23T10:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return TokenBucketsTest.this.now;
		}
	};

	@Test
	void aBurstOfCapacityThenOneTokenPerPeriodOverCapacity() {
		TokenBuckets buckets = new TokenBuckets(100, 60_000, this.clock);
		for (int i = 4; i >= 0; i--) {
			Decision decision = buckets.take("k", FIVE_A_MINUTE);
			assertThat(decision.allowed()).isTrue();
			assertThat(decision.remaining()).isEqualTo(i);
			assertThat(decision.limit()).isEqualTo(5);
		}
		Decision refused = buckets.take("k", FIVE_A_MINUTE);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterMillis()).isEqualTo(12_000);
		assertThat(refused.retryAfterSeconds()).isEqualTo(12);
		assertThat(refused.resetSeconds()).isEqualTo(60);

		this.now = this.now.plusSeconds(6);
		assertThat(buckets.take("k", FIVE_A_MINUTE).retryAfterMillis()).isEqualTo(6_000);
		this.now = this.now.plusSeconds(6);
		assertThat(buckets.take("k", FIVE_A_MINUTE).allowed()).isTrue();
		assertThat(buckets.take("other", FIVE_A_MINUTE).remaining()).isEqualTo(4);
	}

	@Test
	void aRefundGivesTheTokenBackWithoutOverfilling() {
		TokenBuckets buckets = new TokenBuckets(100, 60_000, this.clock);
		buckets.take("k", FIVE_A_MINUTE);
		buckets.refund("k");
		buckets.refund("k");
		assertThat(buckets.take("k", FIVE_A_MINUTE).remaining()).isEqualTo(4);
		buckets.refund("unknown");
		assertThat(buckets.size()).isEqualTo(1);
	}

	@Test
	void fullBucketsAreForgottenAtTheSweep() {
		TokenBuckets buckets = new TokenBuckets(100, 60_000, this.clock);
		buckets.take("idle", FIVE_A_MINUTE);
		this.now = this.now.plusSeconds(30);
		for (int i = 0; i < 5; i++) {
			buckets.take("busy", FIVE_A_MINUTE);
		}
		assertThat(buckets.size()).isEqualTo(2);
		// At the minute, "idle" has refilled (it holds nothing a new bucket would not); "busy" has not.
		this.now = this.now.plusSeconds(31);
		buckets.take("new", FIVE_A_MINUTE);
		assertThat(buckets.size()).isEqualTo(2);
		// 31 s at 5 a minute: 2.58 tokens back, one taken now.
		assertThat(buckets.take("busy", FIVE_A_MINUTE).remaining()).isEqualTo(1);
	}

	@Test
	void neverHoldsMoreThanMaxKeysAndForgetsTheFullestFirst() {
		TokenBuckets buckets = new TokenBuckets(20, 3_600_000, this.clock);
		for (int i = 0; i < 20; i++) {
			buckets.take("client-" + i, FIVE_A_MINUTE);
		}
		for (int i = 0; i < 4; i++) {
			buckets.take("client-0", FIVE_A_MINUTE);
		}
		for (int i = 0; i < 1000; i++) {
			buckets.take("flood-" + i, FIVE_A_MINUTE);
			assertThat(buckets.size()).isLessThanOrEqualTo(20);
		}
		// The drained bucket was the emptiest: it outlived the flood, so its client is still refused.
		assertThat(buckets.take("client-0", FIVE_A_MINUTE).allowed()).isFalse();
	}

}
