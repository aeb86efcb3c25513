package ma.remacto.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();
    /** Stands in for the signature check: "good-N" tokens expire N minutes after NOW, anything else is refused. */
    final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        Instant expires = NOW.plus(Duration.ofMinutes(Long.parseLong(token.substring(5))));
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("citizen").issuedAt(NOW.minusSeconds(1))
                .expiresAt(expires).build();
    };

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 100, at(NOW));
        Jwt first = cache.decode("good-5");
        Jwt second = cache.decode("good-5");
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aCachedTokenIsNotServedAfterItsExpiry() {
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 100, clock);
        cache.decode("good-5");
        clock.now = NOW.plus(Duration.ofMinutes(5));
        cache.decode("good-5");
        assertThat(verifications).as("verified again at expiry").hasValue(2);
    }

    @Test
    void refusedTokensAreNeverRemembered() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 100, at(NOW));
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheStaysWithinItsCapacity() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 3, at(NOW));
        for (int i = 1; i <= 10; i++) {
            cache.decode("good-" + i);
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

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
            return now;
        }
    }
}
