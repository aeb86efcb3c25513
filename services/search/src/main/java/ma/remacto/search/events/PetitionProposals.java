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

/** The petitions service's events as proposals (see {@link PetitionCards}). */
@Component
public class PetitionProposals implements ProposalSource {

    @Override
    public Topic topic() {
        return Topics.PETITIONS;
    }

    @Override
    public Optional<Proposal> proposal(EventEnvelope envelope, Function<String, Optional<MemberDirectoryEntry>> members) {
        return PetitionCards.card(envelope).map(card -> PetitionCards.proposal(card, members.apply(card.getMemberSlug())));
    }
}
