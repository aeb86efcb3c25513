package ma.remacto.search.events;

import java.util.List;

import ma.remacto.platform.events.EventSubscription;
import ma.remacto.platform.events.Topics;
import ma.remacto.search.application.IndexProposals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What search consumes: ideation's events, into the proposals index (the members topic comes with the read model). */
@Configuration(proxyBeanMethods = false)
public class SearchSubscriptions {

    public static final String PROPOSALS = "search.proposals";

    @Bean
    EventSubscription proposalsSubscription(IndexProposals indexing) {
        return new EventSubscription(PROPOSALS, List.of(Topics.IDEATION), indexing::apply, indexing::applyAll);
    }
}
