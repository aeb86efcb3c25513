package ma.remacto.platform.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics a service produces to or consumes from, with their dead-letter topics. */
public class TopicInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(TopicInitializer.class);

    private final KafkaClients clients;
    private final short replicationFactor;

    public TopicInitializer(KafkaClients clients, short replicationFactor) {
        this.clients = clients;
        this.replicationFactor = replicationFactor;
    }

    public void ensure(Collection<Topic> topics, Collection<Topic> consumed) {
        List<NewTopic> wanted = new ArrayList<>();
        for (Topic topic : topics) {
            wanted.add(newTopic(topic));
        }
        for (Topic topic : consumed) {
            wanted.add(newTopic(topic));
            // Dead letters are kept a month so someone can look at them and replay them.
            wanted.add(new NewTopic(topic.deadLetter(), 1, replicationFactor)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(TimeUnit.DAYS.toMillis(30)))));
        }
        if (wanted.isEmpty()) {
            return;
        }
        try (Admin admin = clients.admin()) {
            admin.createTopics(wanted).values().forEach((name, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                    LOG.info("Created topic {}", name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + name, e.getCause());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot create topic " + name, e);
                }
            });
        }
    }

    private NewTopic newTopic(Topic topic) {
        Map<String, String> config = topic.compacted()
                ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.RETENTION_MS_CONFIG, "-1")
                : Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retention().toMillis()));
        return new NewTopic(topic.name(), topic.partitions(), replicationFactor).configs(config);
    }
}
