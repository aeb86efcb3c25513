package ma.remacto.search.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.platform.events.Topic;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.events.IdeaCards;
import ma.remacto.search.persistence.ProposalIndex;
import ma.remacto.search.persistence.ProposalIndex.BulkOutcome;
import ma.remacto.search.persistence.ProposalIndex.WriteOutcome;

import org.springframework.stereotype.Service;

/**
 * Keeps the index in step with ideation: each idea event's card is indexed through the alias (external
 * version = the card's version, so a stale event changes nothing). The member's region and province are
 * looked up in the member read model at index time.
 *
 * <p>Limitation: a document takes the region its member had when the idea was last indexed. An idea indexed
 * before its member reached the read model has no region until the idea's next event or the next rebuild
 * (ideation only accepts ideas for members it knows, so in practice the member arrives first); a member that
 * moves to another region (which does not happen in the territorial organisation) would need a rebuild.
 */
@Service
public class IndexProposals implements ProposalSource {

    private final ProposalIndex index;
    private final MemberDirectory members;
    private final MeterRegistry registry;

    public IndexProposals(ProposalIndex index, MemberDirectory members, MeterRegistry registry) {
        this.index = index;
        this.members = members;
        this.registry = registry;
    }

    @Override
    public Topic topic() {
        return Topics.IDEATION;
    }

    /** The handler of the {@code search.proposals} subscription. */
    public void apply(EventEnvelope envelope) {
        Optional<IdeaCard> card = IdeaCards.card(envelope);
        if (card.isEmpty()) {
            return;
        }
        WriteOutcome outcome = index.write(proposal(card.get(), members::find));
        count("live", outcome == WriteOutcome.INDEXED ? "indexed" : "stale", 1);
    }

    /** The batch handler of the same subscription: one bulk request for a whole poll of events. */
    public void applyAll(List<EventEnvelope> envelopes) {
        Map<String, Optional<MemberDirectoryEntry>> members = new HashMap<>();
        List<Proposal> proposals = envelopes.stream().map(IdeaCards::card).flatMap(Optional::stream)
                .map(card -> proposal(card, cachedLookup(members))).toList();
        if (proposals.isEmpty()) {
            return;
        }
        BulkOutcome outcome = index.bulkThroughAlias(proposals);
        count("live", "indexed", outcome.indexed());
        count("live", "stale", outcome.stale());
    }

    @Override
    public Optional<Proposal> proposal(EventEnvelope envelope, Function<String, Optional<MemberDirectoryEntry>> lookup) {
        return IdeaCards.card(envelope).map(card -> proposal(card, lookup));
    }

    public Proposal proposal(IdeaCard card, Function<String, Optional<MemberDirectoryEntry>> lookup) {
        return IdeaCards.proposal(card, lookup.apply(card.getMemberSlug()));
    }

    /** A member lookup that asks the read model once per member (a rebuild reads thousands of cards). */
    public Function<String, Optional<MemberDirectoryEntry>> cachedLookup(Map<String, Optional<MemberDirectoryEntry>> cache) {
        return slug -> cache.computeIfAbsent(slug, members::find);
    }

    void count(String path, String outcome, long amount) {
        IndexingCounter.count(registry, path, outcome, amount);
    }
}
