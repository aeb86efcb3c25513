package ma.remacto.consultations.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A public consultation (التشاور العمومي) on a member's draft programme or on named items, open to contributions
 * between {@code opensAt} and {@code closesAt}. Opening and closing happen at the window's times: the status is
 * computed from the clock ({@link #statusAt}); {@code recordedStatus} is the last status written with its history
 * entry and event, caught up by the next write or by the sweeper.
 */
public record Consultation(
        String id,
        String memberSlug,
        LocalizedText title,
        LocalizedText description,
        String planId,
        String programme,
        List<ConsultationItem> items,
        Instant opensAt,
        Instant closesAt,
        ConsultationStatus recordedStatus,
        Instant closedEarlyAt,
        String closeReason,
        boolean recordedByStaff,
        Integer recordedContributions,
        ConsultationSummary summary,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Consultation {
        items = List.copyOf(items);
    }

    /** The status at {@code now}: the summary and an early closing are final, otherwise the window decides. */
    public ConsultationStatus statusAt(Instant now) {
        if (summary != null) {
            return ConsultationStatus.SUMMARY_PUBLISHED;
        }
        if (closedEarlyAt != null || !now.isBefore(closesAt)) {
            return ConsultationStatus.CLOSED;
        }
        return now.isBefore(opensAt) ? ConsultationStatus.SCHEDULED : ConsultationStatus.OPEN;
    }

    /** The window transitions not yet recorded at {@code now}, in order (SCHEDULED → OPEN → CLOSED). */
    public List<ConsultationStatus> pendingTransitions(Instant now) {
        ConsultationStatus actual = statusAt(now);
        if (actual == recordedStatus || actual == ConsultationStatus.SUMMARY_PUBLISHED) {
            return List.of();
        }
        if (recordedStatus == ConsultationStatus.SCHEDULED && actual == ConsultationStatus.CLOSED) {
            return List.of(ConsultationStatus.OPEN, ConsultationStatus.CLOSED);
        }
        return List.of(actual);
    }

    public Optional<ConsultationItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Consultation recordStatus(ConsultationStatus status, Instant at) {
        return new Consultation(id, memberSlug, title, description, planId, programme, items, opensAt, closesAt, status,
                closedEarlyAt, closeReason, recordedByStaff, recordedContributions, summary, createdAt, at, version + 1);
    }

    public Consultation closeEarly(String reason, Instant at) {
        return new Consultation(id, memberSlug, title, description, planId, programme, items, opensAt, closesAt,
                ConsultationStatus.CLOSED, at, reason, recordedByStaff, recordedContributions, summary, createdAt, at,
                version + 1);
    }

    public Consultation publishSummary(ConsultationSummary newSummary, Instant at) {
        return new Consultation(id, memberSlug, title, description, planId, programme, items, opensAt, closesAt,
                ConsultationStatus.SUMMARY_PUBLISHED, closedEarlyAt, closeReason, recordedByStaff, recordedContributions,
                newSummary, createdAt, at, version + 1);
    }

    public Consultation edit(LocalizedText newTitle, LocalizedText newDescription, List<ConsultationItem> newItems,
            Instant newOpensAt, Instant newClosesAt, Instant at) {
        return new Consultation(id, memberSlug, newTitle, newDescription, planId, programme, newItems, newOpensAt,
                newClosesAt, recordedStatus, closedEarlyAt, closeReason, recordedByStaff, recordedContributions, summary,
                createdAt, at, version + 1);
    }
}
