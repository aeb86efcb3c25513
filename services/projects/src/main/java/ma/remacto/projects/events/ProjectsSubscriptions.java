package ma.remacto.projects.events;

import java.util.List;

import ma.remacto.platform.events.EventSubscription;
import ma.remacto.platform.events.Topics;
import ma.remacto.projects.application.CopyIdeationFacts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What projects consumes: ideation's axes and ideas (the members topic comes with the read model). */
@Configuration(proxyBeanMethods = false)
public class ProjectsSubscriptions {

    public static final String IDEATION = "projects.ideation";

    @Bean
    EventSubscription ideationSubscription(CopyIdeationFacts copy) {
        return new EventSubscription(IDEATION, List.of(Topics.IDEATION), copy::apply);
    }
}
