package ma.remacto.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bootstrapServers  Kafka brokers
 * @param outboxCollections collections whose documents carry pending events
 * @param pollInterval      how often the relay looks for pending events
 * @param batchSize         aggregates published per relay round
 * @param leaseDuration     how long one relay instance owns publishing before another may take over
 * @param createTopics      create the platform's topics at start (off where an operator manages them)
 * @param maxAttempts       attempts of a failing handler before its event goes to the dead-letter topic
 * @param kafka             extra Kafka client properties (security, SASL) passed through as-is
 */
@ConfigurationProperties("remacto.events")
public record EventsProperties(String bootstrapServers, List<String> outboxCollections, Duration pollInterval,
        int batchSize, Duration leaseDuration, boolean createTopics, int maxAttempts, Map<String, String> kafka) {

    public EventsProperties {
        bootstrapServers = bootstrapServers == null ? "localhost:9092" : bootstrapServers;
        outboxCollections = outboxCollections == null ? List.of() : outboxCollections;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        // Longer than one relay round can block (send timeout 30 s + metadata wait 10 s), so no other
        // replica takes over while this one is still sending.
        leaseDuration = leaseDuration == null ? Duration.ofSeconds(60) : leaseDuration;
        maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
        kafka = kafka == null ? Map.of() : kafka;
    }
}
