package ma.remacto.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RateLimitsTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final RateLimits limits = new RateLimits(Map.of("signatures", new RateLimits.Limit(3, Duration.ofMinutes(1))), 1, clock);

    @Test
    void aBurstUpToTheCapacityPassesThenTheNextIsRefusedWithTheWait() {
        for (int i = 0; i < 3; i++) {
            limits.take("signatures", "10.0.0.1");
        }
        assertThatThrownBy(() -> limits.take("signatures", "10.0.0.1"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAfterSeconds()).isEqualTo(20);
                    assertThat(e.status().value()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo("rate-limited");
                });
    }

    @Test
    void tokensComeBackWithTimeAndEachClientHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limits.take("signatures", "10.0.0.1");
        }
        limits.take("signatures", "10.0.0.2");
        clock.advance(Duration.ofSeconds(20));
        limits.take("signatures", "10.0.0.1");
        assertThatThrownBy(() -> limits.take("signatures", "10.0.0.1")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void anUnconfiguredNameIsNotLimited() {
        assertThatCode(() -> {
            for (int i = 0; i < 100; i++) {
                limits.take("contributions", "10.0.0.1");
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void theClientIsTheAddressTheTrustedProxyAppendedNotWhatTheClientWrote() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.9");
        assertThat(RateLimits.client(request, 1)).as("no proxy header").isEqualTo("10.0.0.9");
        request.addHeader("X-Forwarded-For", "6.6.6.6, 203.0.113.5");
        assertThat(RateLimits.client(request, 1)).as("the gateway appended the last one").isEqualTo("203.0.113.5");
        MockHttpServletRequest behindIngress = new MockHttpServletRequest();
        behindIngress.addHeader("X-Forwarded-For", "6.6.6.6, 203.0.113.5, 10.1.0.3");
        assertThat(RateLimits.client(behindIngress, 2)).isEqualTo("203.0.113.5");
    }
}
