package ma.remacto.search.application;

import java.time.Clock;
import java.util.List;

import ma.remacto.platform.events.KafkaClients;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.search.domain.Rebuild;
import ma.remacto.search.domain.Rebuild.Phase;
import ma.remacto.search.persistence.ProposalIndex;
import ma.remacto.search.persistence.RebuildRepository;
import ma.remacto.search.persistence.SearchProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Full rebuild of the index from the source of truth, the compacted topics of every {@link ProposalSource} (ideation
 * and projects; every event carries the whole card): one at a time across replicas, started by a network
 * administrator, run in the background ({@link RebuildRun}), its progress readable from any replica.
 */
@Service
public class RebuildIndex implements SmartLifecycle {

    private final AccessPolicy access;
    private final RebuildRepository rebuilds;
    private final ProposalIndex index;
    private final IndexProposals indexing;
    private final List<ProposalSource> sources;
    private final KafkaClients kafka;
    private final SearchProperties properties;
    private final Clock clock;
    private volatile RebuildRun running;
    private volatile Thread thread;
    private volatile boolean started;

    public RebuildIndex(AccessPolicy access, RebuildRepository rebuilds, ProposalIndex index, IndexProposals indexing,
            List<ProposalSource> sources, KafkaClients kafka, SearchProperties properties, Clock clock) {
        this.access = access;
        this.rebuilds = rebuilds;
        this.index = index;
        this.indexing = indexing;
        this.sources = List.copyOf(sources);
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a rebuild; refused with 409 while another runs anywhere. */
    public synchronized Rebuild handle() {
        Actor actor = access.requireNetworkAdmin();
        String id = Ids.newId();
        if (!rebuilds.acquire(id, clock.instant(), properties.rebuildLease())) {
            throw ProblemException.conflict("rebuild.running", rebuilds.holder(clock.instant()).orElse("?"));
        }
        rebuilds.failAbandoned(id, clock.instant());
        Rebuild rebuild = new Rebuild(id, Phase.PENDING, 0, 0, 0, 0, 0, 0, null, null, actor.subject(), clock.instant(),
                null, null, null);
        rebuilds.save(rebuild);
        RebuildRun run = new RebuildRun(rebuild, index, indexing, sources, kafka, rebuilds, properties, clock);
        running = run;
        thread = Thread.ofPlatform().name("search-rebuild-" + id).start(run);
        return rebuild;
    }

    public Rebuild find(String id) {
        access.requireNetworkAdmin();
        return rebuilds.find(id).orElseThrow(() -> ProblemException.notFound("rebuild.not-found", id));
    }

    @Override
    public void start() {
        started = true;
    }

    /**
     * On shutdown a rebuild that has not swapped the alias yet stops and drops its new index; one that has swapped
     * finishes its catch-up (short) so no event is left only in the old index.
     */
    @Override
    public void stop() {
        RebuildRun run = running;
        Thread t = thread;
        if (run != null && t != null && t.isAlive()) {
            run.cancel();
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Stops before the subscriptions and Kafka clients (higher phase stops first). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
