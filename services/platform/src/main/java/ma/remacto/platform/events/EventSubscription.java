package ma.remacto.platform.events;

import java.util.List;

/**
 * A consumer group reading some topics into one handler. Declare it as a bean; the platform runs it.
 *
 * @param name consumer group id and dedupe namespace, e.g. "ideation.members-read-model"
 */
public record EventSubscription(String name, List<Topic> topics, EventHandler handler) {
}
