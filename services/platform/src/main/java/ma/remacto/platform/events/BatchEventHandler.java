package ma.remacto.platform.events;

import java.util.List;

import ma.remacto.events.v1.EventEnvelope;

/**
 * Applies the new events of one poll together (e.g. one bulk request instead of one request per event),
 * in the order they were read. It must be idempotent like {@link EventHandler}: when it throws, the
 * subscription applies the same events again one at a time through the subscription's
 * {@link EventHandler}, which retries, dead-letters poison events and names the event that failed.
 */
@FunctionalInterface
public interface BatchEventHandler {

    void handleAll(List<EventEnvelope> envelopes) throws Exception;
}
