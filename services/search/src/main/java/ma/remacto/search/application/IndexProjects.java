package ma.remacto.search.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.platform.events.Topic;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.events.ProjectCards;
import ma.remacto.search.persistence.ProposalIndex;
import ma.remacto.search.persistence.ProposalIndex.BulkOutcome;
import ma.remacto.search.persistence.ProposalIndex.WriteOutcome;

import org.springframework.stereotype.Service;

/**
 * Keeps the index in step with the projects service: a public project (published, not withdrawn) is indexed from the
 * card its event carries, one that is not public is replaced by a removal marker (its id and version, no text). Both
 * are written through the alias with external version = the card's version, exactly like ideas, so a stale or
 * replayed event changes nothing, and an unpublished project stays out until a newer event publishes it again.
 * The member's region and province come from the member read model at index time.
 */
@Service
public class IndexProjects implements ProposalSource {

    private final ProposalIndex index;
    private final MemberDirectory members;
    private final MeterRegistry registry;

    public IndexProjects(ProposalIndex index, MemberDirectory members, MeterRegistry registry) {
        this.index = index;
        this.members = members;
        this.registry = registry;
    }

    @Override
    public Topic topic() {
        return Topics.PROJECTS;
    }

    /** The handler of the {@code search.projects} subscription. */
    public void apply(EventEnvelope envelope) {
        Optional<Proposal> proposal = proposal(envelope, members::find);
        if (proposal.isEmpty()) {
            return;
        }
        WriteOutcome outcome = index.write(proposal.get());
        IndexingCounter.count(registry, "live", outcome == WriteOutcome.INDEXED ? "indexed" : "stale", 1);
    }

    /** The batch handler of the same subscription: one bulk request for a whole poll of events. */
    public void applyAll(List<EventEnvelope> envelopes) {
        Map<String, Optional<MemberDirectoryEntry>> cache = new HashMap<>();
        Function<String, Optional<MemberDirectoryEntry>> lookup = slug -> cache.computeIfAbsent(slug, members::find);
        List<Proposal> proposals = envelopes.stream().map(envelope -> proposal(envelope, lookup))
                .flatMap(Optional::stream).toList();
        if (proposals.isEmpty()) {
            return;
        }
        BulkOutcome outcome = index.bulkThroughAlias(proposals);
        IndexingCounter.count(registry, "live", "indexed", outcome.indexed());
        IndexingCounter.count(registry, "live", "stale", outcome.stale());
    }

    @Override
    public Optional<Proposal> proposal(EventEnvelope envelope, Function<String, Optional<MemberDirectoryEntry>> lookup) {
        return ProjectCards.change(envelope)
                .map(change -> ProjectCards.proposal(change, lookup.apply(change.card().getMemberSlug())));
    }
}
