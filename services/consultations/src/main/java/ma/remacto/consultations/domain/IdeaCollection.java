package ma.remacto.consultations.domain;

import java.time.Instant;

/**
 * One table of ideas a meeting sent to ideation under a client's batch id: its collection number (which names
 * ideation's batch), how many rows, a fingerprint of what was sent, and when. A second send of the same batch id is
 * recognised by it: the same rows are the same collection, other rows are a reused id.
 */
public record IdeaCollection(int number, String batchId, int ideas, String fingerprint, Instant at) {
}
