package ma.remacto.platform.config;

import java.util.List;

import com.mongodb.client.MongoDatabase;

import ma.remacto.platform.events.EventSubscription;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.members.MemberDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** A service that needs member reference data sets {@code remacto.members.read-model: true}. */
@AutoConfiguration(after = PlatformEventsConfiguration.class)
@ConditionalOnProperty("remacto.members.read-model")
public class PlatformMembersConfiguration {

    @Bean
    public MemberDirectory memberDirectory(MongoDatabase database) {
        return new MemberDirectory(database);
    }

    @Bean
    public EventSubscription memberDirectorySubscription(MemberDirectory directory,
            @Value("${spring.application.name}") String service) {
        return new EventSubscription(service + ".member-directory", List.of(Topics.MEMBERS), directory::apply);
    }
}
