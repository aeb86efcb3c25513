package ma.remacto.members.events;

import java.util.List;

import ma.remacto.members.application.CountProfileFacts;
import ma.remacto.platform.events.EventSubscription;
import ma.remacto.platform.events.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What members consumes: ideation's ideas and axes and projects' openness projects, for the profile counts. */
@Configuration(proxyBeanMethods = false)
public class MembersSubscriptions {

    public static final String PROFILE_COUNTS = "members.profile-counts";

    @Bean
    EventSubscription profileCountsSubscription(CountProfileFacts count) {
        return new EventSubscription(PROFILE_COUNTS, List.of(Topics.IDEATION, Topics.PROJECTS), count::apply,
                count::applyAll);
    }
}
