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

/** Ideation's events as proposals: every idea event carries the whole card, indexed as it is. */
@Component
public class IdeaProposals implements ProposalSource {

    @Override
    public Topic topic() {
        return Topics.IDEATION;
    }

    @Override
    public Optional<Proposal> proposal(EventEnvelope envelope, Function<String, Optional<MemberDirectoryEntry>> members) {
        return IdeaCards.card(envelope).map(card -> IdeaCards.proposal(card, members.apply(card.getMemberSlug())));
    }
}
