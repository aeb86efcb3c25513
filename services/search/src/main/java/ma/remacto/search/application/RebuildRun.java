package ma.remacto.search.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.platform.events.KafkaClients;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.events.StorageUnavailableException;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.Rebuild;
import ma.remacto.search.domain.Rebuild.Phase;
import ma.remacto.search.persistence.ProposalIndex;
import ma.remacto.search.persistence.ProposalIndex.BulkOutcome;
import ma.remacto.search.persistence.RebuildRepository;
import ma.remacto.search.persistence.SearchProperties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild, start to end, over the topics of every {@link ProposalSource} (ideation's and the projects
 * service's, both compacted: every event carries the whole card). Nothing is lost and search never goes dark:
 * <ol>
 * <li>REPLAYING: a new physical index is created; the rebuild's own consumer (assigned partitions of all those
 * topics, no consumer group offsets, nothing committed) notes the end offsets E1 of every partition and reads the
 * topics from the beginning up to E1 into the new index (external versions: the newest card of each idea or project
 * wins, a project no longer public as its removal marker). Meanwhile the live subscriptions keep writing every new
 * event through the alias, i.e. into the old index, and searches read the old index.</li>
 * <li>SWAPPING: one {@code _aliases} request removes the alias from the old index and adds it to the new one.</li>
 * <li>CATCHING_UP: the end offsets E2 are read after the swap; records from E1 to E2 (the events that arrived
 * during the replay, which the live subscriptions wrote to the old index) are read into the new index. Any event
 * appended after E2 was appended after the swap, so its live subscription writes it into the new index. A live
 * write that resolved the alias just before the swap but reached the shard after it landed in the old index: its
 * record is before E2, so the catch-up has it too.</li>
 * <li>CLEANING_UP: the old index is deleted.</li>
 * </ol>
 * A failure before the swap deletes the new index and leaves the alias where it was.
 */
class RebuildRun implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildRun.class);
    private static final Duration SAVE_EVERY = Duration.ofMillis(500);
    private static final Duration STORAGE_PATIENCE = Duration.ofMinutes(2);

    private final ProposalIndex index;
    private final IndexProposals indexing;
    private final Map<String, ProposalSource> sources;
    private final KafkaClients kafka;
    private final RebuildRepository rebuilds;
    private final SearchProperties properties;
    private final Clock clock;
    private final Function<String, Optional<MemberDirectoryEntry>> members;
    private final Rebuild requested;
    private volatile boolean cancelled;

    // Progress, saved to the rebuild's document at most every SAVE_EVERY (and at every change of phase).
    private Phase phase = Phase.PENDING;
    private long recordsRead;
    private long recordsTotal;
    private double progress;
    private long documentsIndexed;
    private long staleSkipped;
    private long unreadable;
    private String newIndex;
    private String previousIndex;
    private Instant swappedAt;
    private Instant finishedAt;
    private String error;

    private List<TopicPartition> partitions = List.of();
    private Map<TopicPartition, Long> begin = Map.of();
    private Map<TopicPartition, Long> until = Map.of();
    private Instant savedAt = Instant.EPOCH;
    private Instant renewedAt = Instant.EPOCH;

    RebuildRun(Rebuild rebuild, ProposalIndex index, IndexProposals indexing, List<ProposalSource> sources,
            KafkaClients kafka, RebuildRepository rebuilds, SearchProperties properties, Clock clock) {
        this.requested = rebuild;
        this.index = index;
        this.indexing = indexing;
        this.sources = sources.stream().collect(Collectors.toMap(source -> source.topic().name(), source -> source));
        this.kafka = kafka;
        this.rebuilds = rebuilds;
        this.properties = properties;
        this.clock = clock;
        this.members = indexing.cachedLookup(new HashMap<>());
    }

    void cancel() {
        cancelled = true;
    }

    @Override
    public void run() {
        boolean swapped = false;
        try {
            previousIndex = index.ensureAlias();
            dropOrphans(previousIndex);
            newIndex = index.createIndex();
            LOG.info("Rebuild {}: replaying {} into {} (alias {} on {})", requested.id(), sources.keySet(),
                    newIndex, index.alias(), previousIndex);
            try (KafkaConsumer<String, byte[]> consumer = kafka.consumer("search.rebuild")) {
                partitions = partitions(consumer);
                consumer.assign(partitions);
                begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> replayEnd = consumer.endOffsets(partitions);
                until = replayEnd;
                recordsTotal = span();
                enter(Phase.REPLAYING);
                consumer.seekToBeginning(partitions);
                read(consumer, true);
                index.refresh(newIndex);

                enter(Phase.SWAPPING);
                index.swapAlias(previousIndex, newIndex);
                swapped = true;
                swappedAt = clock.instant();
                LOG.info("Rebuild {}: alias {} moved from {} to {}", requested.id(), index.alias(), previousIndex,
                        newIndex);

                until = consumer.endOffsets(partitions);
                recordsTotal = span();
                enter(Phase.CATCHING_UP);
                for (TopicPartition partition : partitions) {
                    consumer.seek(partition, replayEnd.get(partition));
                }
                consumer.resume(partitions);
                read(consumer, false);
            }
            enter(Phase.CLEANING_UP);
            if (previousIndex != null && !previousIndex.equals(newIndex)) {
                index.delete(previousIndex);
            }
            progress = 1.0;
            finishedAt = clock.instant();
            enter(Phase.DONE);
            LOG.info("Rebuild {} done: {} records read, {} documents written to {}", requested.id(), recordsRead,
                    documentsIndexed, newIndex);
        } catch (Exception e) {
            LOG.error("Rebuild {} failed", requested.id(), e);
            if (newIndex != null && !swapped) {
                try {
                    index.delete(newIndex);
                } catch (RuntimeException cleanup) {
                    LOG.warn("Rebuild {}: cannot delete {}: {}", requested.id(), newIndex, cleanup.toString());
                }
            }
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            finishedAt = clock.instant();
            try {
                enter(Phase.FAILED);
            } catch (RuntimeException save) {
                LOG.error("Rebuild {}: cannot record the failure", requested.id(), save);
            }
        } finally {
            try {
                rebuilds.release(requested.id());
            } catch (RuntimeException e) {
                LOG.warn("Rebuild {}: cannot release the lock (it expires by itself): {}", requested.id(), e.toString());
            }
        }
    }

    /** Every partition of the sources' topics (a topic nobody has created yet has none: nothing to replay from it). */
    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        List<TopicPartition> all = new ArrayList<>();
        for (String topic : sources.keySet()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos != null) {
                infos.forEach(p -> all.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        return List.copyOf(all);
    }

    /** Indexes left by rebuilds that died before their swap: not behind the alias, never read. */
    private void dropOrphans(String current) {
        for (String orphan : index.physicalIndices()) {
            if (!orphan.equals(current)) {
                LOG.warn("Rebuild {}: deleting {}, an index no alias points to", requested.id(), orphan);
                index.delete(orphan);
            }
        }
    }

    /** Reads every assigned partition from its position up to {@link #until} into the new index. */
    private void read(KafkaConsumer<String, byte[]> consumer, boolean cancellable) {
        List<TopicPartition> remaining = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < until.get(partition)) {
                remaining.add(partition);
            } else {
                consumer.pause(List.of(partition));
            }
        }
        List<Proposal> batch = new ArrayList<>();
        while (!remaining.isEmpty()) {
            if (cancellable && cancelled) {
                throw new IllegalStateException("stopped: the service is shutting down");
            }
            keepLock();
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= until.get(partition)) {
                    continue; // past this phase's end: the next phase (or a live subscription) reads it
                }
                recordsRead++;
                try {
                    sources.get(record.topic()).proposal(EventEnvelope.parseFrom(record.value()), members)
                            .ifPresent(batch::add);
                } catch (InvalidProtocolBufferException | PoisonEventException | NullPointerException e) {
                    unreadable++; // its live subscription dead-letters it; nothing to index
                }
                if (batch.size() >= properties.rebuildBatchSize()) {
                    flush(batch);
                }
            }
            flush(batch);
            for (TopicPartition partition : List.copyOf(remaining)) {
                if (consumer.position(partition) >= until.get(partition)) {
                    remaining.remove(partition);
                    consumer.pause(List.of(partition));
                }
            }
            progress = progress(consumer);
            save(false);
        }
    }

    private void flush(List<Proposal> batch) {
        if (batch.isEmpty()) {
            return;
        }
        BulkOutcome outcome = withPatience(() -> index.bulk(newIndex, List.copyOf(batch)));
        indexing.count("rebuild", "indexed", outcome.indexed());
        indexing.count("rebuild", "stale", outcome.stale());
        documentsIndexed += outcome.indexed();
        staleSkipped += outcome.stale();
        batch.clear();
        if (!properties.rebuildThrottle().isZero()) {
            sleep(properties.rebuildThrottle().toMillis());
        }
    }

    /** Elasticsearch away for a while (a node restarting) does not fail the rebuild; two minutes of it does. */
    private <T> T withPatience(Supplier<T> call) {
        Instant deadline = clock.instant().plus(STORAGE_PATIENCE);
        long backoff = 500;
        while (true) {
            try {
                return call.get();
            } catch (StorageUnavailableException e) {
                if (clock.instant().isAfter(deadline)) {
                    throw e;
                }
                LOG.warn("Rebuild {}: {}; retrying", requested.id(), e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private void keepLock() {
        Instant now = clock.instant();
        if (Duration.between(renewedAt, now).compareTo(properties.rebuildLease().dividedBy(4)) < 0) {
            return;
        }
        if (!rebuilds.renew(requested.id(), now, properties.rebuildLease())) {
            throw new IllegalStateException("lost the rebuild lock (stalled longer than its lease)");
        }
        renewedAt = now;
    }

    private long span() {
        long total = 0;
        for (TopicPartition partition : partitions) {
            total += Math.max(0, until.get(partition) - begin.get(partition));
        }
        return total;
    }

    private double progress(KafkaConsumer<String, byte[]> consumer) {
        long total = span();
        if (total == 0) {
            return 1.0;
        }
        long done = 0;
        for (TopicPartition partition : partitions) {
            done += Math.max(0, Math.min(consumer.position(partition), until.get(partition)) - begin.get(partition));
        }
        return Math.min(1.0, (double) done / total);
    }

    private void enter(Phase next) {
        phase = next;
        save(true);
    }

    private void save(boolean force) {
        Instant now = clock.instant();
        if (force || Duration.between(savedAt, now).compareTo(SAVE_EVERY) >= 0) {
            rebuilds.save(snapshot());
            savedAt = now;
        }
    }

    Rebuild snapshot() {
        return new Rebuild(requested.id(), phase, recordsRead, recordsTotal, progress, documentsIndexed, staleSkipped,
                unreadable, newIndex, previousIndex, requested.requestedBy(), requested.startedAt(), swappedAt,
                finishedAt, error);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
