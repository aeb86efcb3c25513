package ma.remacto.platform.web;

import ma.remacto.platform.problems.ProblemException;

import org.springframework.http.HttpStatus;

/** 429 {@code rate-limited}: too many requests of one kind from one client; answered with {@code Retry-After}. */
public class RateLimitedException extends ProblemException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
