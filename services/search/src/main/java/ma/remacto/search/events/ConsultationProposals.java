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

/** The consultations service's events as proposals (see {@link ConsultationCards}). */
@Component
public class ConsultationProposals implements ProposalSource {

    @Override
    public Topic topic() {
        return Topics.CONSULTATIONS;
    }

    @Override
    public Optional<Proposal> proposal(EventEnvelope envelope, Function<String, Optional<MemberDirectoryEntry>> members) {
        return ConsultationCards.card(envelope).map(card -> ConsultationCards.proposal(card, members.apply(card.getMemberSlug())));
    }
}
