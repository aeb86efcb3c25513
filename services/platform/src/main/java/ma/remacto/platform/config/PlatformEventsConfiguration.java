package ma.remacto.platform.config;

import java.time.Clock;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.MeterRegistry;

import ma.remacto.platform.events.EventConsumers;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.events.EventSubscription;
import ma.remacto.platform.events.EventsProperties;
import ma.remacto.platform.events.KafkaClients;
import ma.remacto.platform.events.KafkaHealthIndicator;
import ma.remacto.platform.events.OutboxRelay;
import ma.remacto.platform.events.Topic;
import ma.remacto.platform.events.TopicInitializer;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.mongo.ProcessedEvents;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The event backbone of a service: its database handle, envelopes, the outbox relay, the
 * subscriptions and the topics they need. Everything is configured in application.yaml under
 * {@code remacto.events}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnBean(MongoClient.class)
@EnableConfigurationProperties(EventsProperties.class)
public class PlatformEventsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MongoDatabase serviceDatabase(MongoClient client, @Value("${spring.mongodb.uri:}") String uri,
            @Value("${spring.application.name}") String applicationName) {
        String database = uri.isBlank() ? null : new ConnectionString(uri).getDatabase();
        return client.getDatabase(database == null ? applicationName : database);
    }

    @Bean
    public KafkaClients kafkaClients(EventsProperties properties, @Value("${spring.application.name}") String name) {
        return new KafkaClients(properties, name);
    }

    @Bean(name = "kafka")
    public KafkaHealthIndicator kafkaHealthIndicator(KafkaClients clients) {
        return new KafkaHealthIndicator(clients);
    }

    @Bean
    public EventEnvelopes eventEnvelopes(Clock clock) {
        return new EventEnvelopes(clock);
    }

    @Bean
    public ProcessedEvents processedEvents(MongoDatabase database, Clock clock) {
        return new ProcessedEvents(database, clock);
    }

    @Bean
    public TopicInitializer topicInitializer(KafkaClients clients, EventsProperties properties,
            ObjectProvider<EventSubscription> subscriptions,
            @Value("${remacto.events.produces:}") List<String> produced,
            @Value("${remacto.events.replication-factor:1}") short replicationFactor) {
        TopicInitializer initializer = new TopicInitializer(clients, replicationFactor);
        if (properties.createTopics()) {
            List<Topic> consumed = subscriptions.orderedStream().flatMap(s -> s.topics().stream()).distinct().toList();
            initializer.ensure(produced.stream().filter(name -> !name.isBlank()).map(Topics::named).toList(), consumed);
        }
        return initializer;
    }

    @Bean
    public OutboxRelay outboxRelay(MongoDatabase database, EventsProperties properties, KafkaClients clients,
            Clock clock, MeterRegistry registry, TopicInitializer topicsReady) {
        return new OutboxRelay(database, properties, clients, clock, registry);
    }

    @Bean
    public EventConsumers eventConsumers(ObjectProvider<EventSubscription> subscriptions, KafkaClients clients,
            ProcessedEvents processed, EventsProperties properties, Clock clock, MeterRegistry registry,
            TopicInitializer topicsReady) {
        return new EventConsumers(subscriptions.orderedStream().toList(), clients, processed, properties, clock, registry);
    }
}
