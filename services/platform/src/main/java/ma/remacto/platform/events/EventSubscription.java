package ma.remacto.platform.events;

import java.util.List;

/**
 * A consumer group reading some topics into one handler. Declare it as a bean; the platform runs it.
 *
 * @param name         consumer group id and dedupe namespace, e.g. "ideation.members-read-model"
 * @param handler      applies one event
 * @param batchHandler applies a whole poll's new events at once, or null; the handler is its fallback
 */
public record EventSubscription(String name, List<Topic> topics, EventHandler handler, BatchEventHandler batchHandler) {

    public EventSubscription(String name, List<Topic> topics, EventHandler handler) {
        this(name, topics, handler, null);
    }
}
