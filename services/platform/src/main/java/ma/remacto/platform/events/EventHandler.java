package ma.remacto.platform.events;

import ma.remacto.events.v1.EventEnvelope;

/**
 * Applies one event to the consumer's own data. It runs at least once per event; the subscription
 * skips event ids already applied. Throw {@link PoisonEventException} for an event that can never be
 * applied (it goes to the dead-letter topic); any other exception is retried.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(EventEnvelope envelope) throws Exception;
}
