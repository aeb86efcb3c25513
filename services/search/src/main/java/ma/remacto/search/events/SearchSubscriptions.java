package ma.remacto.search.events;

import java.util.List;

import ma.remacto.platform.events.EventSubscription;
import ma.remacto.search.application.IndexProposals;
import ma.remacto.search.application.ProposalSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What search consumes (the members topic comes with the read model): ideation's and the projects service's events,
 * into the proposals index. One subscription per topic: each has its own consumer group, lag and dead letters, and a
 * subscription added later starts from the beginning of its topic (a new group reads from the earliest offset), so
 * an existing index takes in every project without a rebuild. A rebuild replays both topics (see RebuildRun).
 */
@Configuration(proxyBeanMethods = false)
public class SearchSubscriptions {

    public static final String PROPOSALS = "search.proposals";
    public static final String PROJECTS = "search.projects";

    @Bean
    EventSubscription proposalsSubscription(IndexProposals indexing, IdeaProposals ideas) {
        return subscription(PROPOSALS, indexing, ideas);
    }

    @Bean
    EventSubscription projectsSubscription(IndexProposals indexing, ProjectProposals projects) {
        return subscription(PROJECTS, indexing, projects);
    }

    private static EventSubscription subscription(String name, IndexProposals indexing, ProposalSource source) {
        return new EventSubscription(name, List.of(source.topic()), envelope -> indexing.apply(source, envelope),
                envelopes -> indexing.applyAll(source, envelopes));
    }
}
