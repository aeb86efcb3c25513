package ma.remacto.search.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.persistence.ProposalIndex;
import ma.remacto.search.persistence.ProposalIndex.BulkOutcome;
import ma.remacto.search.persistence.ProposalIndex.WriteOutcome;

import org.springframework.stereotype.Service;

/**
 * Keeps the index in step with the services whose events hold proposals (each a {@link ProposalSource}): the
 * document an event leaves is written through the alias with external version = the card's version, so a stale or
 * replayed event changes nothing. The member's region and province are looked up in the member read model at index
 * time.
 *
 * <p>Limitation: a document takes the region its member had when it was last indexed. A proposal indexed before its
 * member reached the read model has no region until its next event or the next rebuild (the services only accept
 * proposals for members they know, so in practice the member arrives first); a member that moves to another region
 * (which does not happen in the territorial organisation) would need a rebuild.
 */
@Service
public class IndexProposals {

    private final ProposalIndex index;
    private final MemberDirectory members;
    private final MeterRegistry registry;

    public IndexProposals(ProposalIndex index, MemberDirectory members, MeterRegistry registry) {
        this.index = index;
        this.members = members;
        this.registry = registry;
    }

    /** The handler of a source's live subscription. */
    public void apply(ProposalSource source, EventEnvelope envelope) {
        Optional<Proposal> proposal = source.proposal(envelope, members::find);
        if (proposal.isEmpty()) {
            return;
        }
        WriteOutcome outcome = index.write(proposal.get());
        count("live", outcome == WriteOutcome.INDEXED ? "indexed" : "stale", 1);
    }

    /** The batch handler of the same subscription: one bulk request for a whole poll of events. */
    public void applyAll(ProposalSource source, List<EventEnvelope> envelopes) {
        Function<String, Optional<MemberDirectoryEntry>> lookup = cachedLookup(new HashMap<>());
        List<Proposal> proposals = envelopes.stream().map(envelope -> source.proposal(envelope, lookup))
                .flatMap(Optional::stream).toList();
        if (proposals.isEmpty()) {
            return;
        }
        BulkOutcome outcome = index.bulkThroughAlias(proposals);
        count("live", "indexed", outcome.indexed());
        count("live", "stale", outcome.stale());
    }

    /** A member lookup that asks the read model once per member (a rebuild reads thousands of cards). */
    public Function<String, Optional<MemberDirectoryEntry>> cachedLookup(Map<String, Optional<MemberDirectoryEntry>> cache) {
        return slug -> cache.computeIfAbsent(slug, members::find);
    }

    void count(String path, String outcome, long amount) {
        IndexingCounter.count(registry, path, outcome, amount);
    }
}
