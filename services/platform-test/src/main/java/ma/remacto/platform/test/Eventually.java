package ma.remacto.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for what a service learns through events, polling, and fails the test when it does not come in time. */
public final class Eventually {

    private static final Duration DEFAULT = Duration.ofSeconds(60);

    private Eventually() {
    }

    public static void until(BooleanSupplier condition) {
        until("the condition", DEFAULT, condition);
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not hold within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
