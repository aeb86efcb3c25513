package ma.remacto.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens that already passed the full check (signature, issuer, dates) until they expire, so a
 * client sending the same bearer token again is not charged another RSA verification: under load that
 * verification was a fifth of a submission's CPU in the service (measured with JFR). Only verified tokens
 * with an expiry are kept, and a kept token is served only before its {@code exp}; after that it goes
 * through the delegate again, which refuses it. The cache is bounded: when full it is emptied and refilled
 * by the tokens in use.
 */
public class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final int capacity;
    private final Clock clock;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(JwtDecoder delegate, int capacity, Clock clock) {
        this.delegate = delegate;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.getExpiresAt())) {
            return known;
        }
        if (known != null) {
            verified.remove(token);
        }
        Jwt jwt = delegate.decode(token);
        if (capacity > 0 && jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
