package ma.remacto.search.api;

import java.time.Instant;

import ma.remacto.search.domain.Rebuild;

/** A rebuild and its progress: records read of the total, phase, indexes, start and end. */
public record RebuildView(String id, String phase, long recordsRead, long recordsTotal, double progress,
        long documentsIndexed, long staleSkipped, long unreadable, String newIndex, String previousIndex,
        String requestedBy, Instant startedAt, Instant swappedAt, Instant finishedAt, String error) {

    static RebuildView of(Rebuild r) {
        return new RebuildView(r.id(), r.phase().name(), r.recordsRead(), r.recordsTotal(), r.progress(),
                r.documentsIndexed(), r.staleSkipped(), r.unreadable(), r.newIndex(), r.previousIndex(), r.requestedBy(),
                r.startedAt(), r.swappedAt(), r.finishedAt(), r.error());
    }
}
