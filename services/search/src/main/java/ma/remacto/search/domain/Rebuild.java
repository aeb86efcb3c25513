package ma.remacto.search.domain;

import java.time.Instant;

/**
 * A full rebuild of the search index from the ideation and projects topics, and how far it got.
 *
 * @param recordsRead      records read from the topics so far (replay, then catch-up)
 * @param recordsTotal     records to read: the offset span of the topics when the phase began (compaction can
 *                         leave gaps, so fewer records may exist than this)
 * @param progress         0 to 1, from the consumer positions within that span
 * @param documentsIndexed documents written to the new index (newer versions; stale ones are skipped)
 */
public record Rebuild(String id, Phase phase, long recordsRead, long recordsTotal, double progress,
        long documentsIndexed, long staleSkipped, long unreadable, String newIndex, String previousIndex,
        String requestedBy, Instant startedAt, Instant swappedAt, Instant finishedAt, String error) {

    public enum Phase {
        /** Accepted, about to start. */
        PENDING,
        /** Reading the topic from the beginning into the new physical index. */
        REPLAYING,
        /** Moving the alias to the new index in one atomic step. */
        SWAPPING,
        /** Reading what arrived during the replay (written by the live subscription to the old index). */
        CATCHING_UP,
        /** Deleting the old index. */
        CLEANING_UP,
        DONE,
        FAILED;

        public boolean isFinal() {
            return this == DONE || this == FAILED;
        }
    }
}
