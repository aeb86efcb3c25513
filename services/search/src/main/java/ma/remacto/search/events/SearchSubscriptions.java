package ma.remacto.search.events;

import java.util.List;

import ma.remacto.platform.events.EventSubscription;
import ma.remacto.search.application.IndexProposals;
import ma.remacto.search.application.ProposalSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What search consumes (the members topic comes with the read model): the events of ideation, projects, petitions
 * and consultations, into the proposals index. One subscription per topic: each has its own consumer group, lag and
 * dead letters, and a subscription added later starts from the beginning of its topic (a new group reads from the
 * earliest offset), so an existing index takes in a new kind of proposal without a rebuild. A rebuild replays every
 * source's topic (see RebuildRun).
 */
@Configuration(proxyBeanMethods = false)
public class SearchSubscriptions {

    public static final String PROPOSALS = "search.proposals";
    public static final String PROJECTS = "search.projects";
    public static final String PETITIONS = "search.petitions";
    public static final String CONSULTATIONS = "search.consultations";

    @Bean
    EventSubscription proposalsSubscription(IndexProposals indexing, IdeaProposals ideas) {
        return subscription(PROPOSALS, indexing, ideas);
    }

    @Bean
    EventSubscription projectsSubscription(IndexProposals indexing, ProjectProposals projects) {
        return subscription(PROJECTS, indexing, projects);
    }

    @Bean
    EventSubscription petitionsSubscription(IndexProposals indexing, PetitionProposals petitions) {
        return subscription(PETITIONS, indexing, petitions);
    }

    @Bean
    EventSubscription consultationsSubscription(IndexProposals indexing, ConsultationProposals consultations) {
        return subscription(CONSULTATIONS, indexing, consultations);
    }

    private static EventSubscription subscription(String name, IndexProposals indexing, ProposalSource source) {
        return new EventSubscription(name, List.of(source.topic()), envelope -> indexing.apply(source, envelope),
                envelopes -> indexing.applyAll(source, envelopes));
    }
}
