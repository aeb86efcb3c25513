package ma.remacto.search.application;

import java.util.Optional;
import java.util.function.Function;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.events.Topic;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.Proposal;

/**
 * A topic whose events hold searchable proposals, and how one of its events becomes the document to write. Each
 * source has its live subscription; a rebuild replays every source's topic, so the index it builds holds the same
 * kinds as the one the subscriptions keep.
 */
public interface ProposalSource {

    Topic topic();

    /**
     * The document an event leaves (a proposal, or a removal marker), empty for events about something else.
     *
     * @throws PoisonEventException when the event can never be applied
     */
    Optional<Proposal> proposal(EventEnvelope envelope, Function<String, Optional<MemberDirectoryEntry>> members);
}
