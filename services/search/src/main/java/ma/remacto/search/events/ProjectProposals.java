package ma.remacto.search.events;

import java.util.Optional;
import java.util.function.Function;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.platform.events.Topic;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.application.ProposalSource;
import ma.remacto.search.domain.Proposal;

import org.springframework.stereotype.Component;

/**
 * The projects service's events as proposals: a public project (published, not withdrawn) from the card its event
 * carries; one that is not public becomes a removal marker (its id and version, no text), so an unpublished project
 * stays out until a newer event publishes it again. Plan events leave nothing.
 */
@Component
public class ProjectProposals implements ProposalSource {

    @Override
    public Topic topic() {
        return Topics.PROJECTS;
    }

    @Override
    public Optional<Proposal> proposal(EventEnvelope envelope, Function<String, Optional<MemberDirectoryEntry>> members) {
        return ProjectCards.change(envelope)
                .map(change -> ProjectCards.proposal(change, members.apply(change.card().getMemberSlug())));
    }
}
