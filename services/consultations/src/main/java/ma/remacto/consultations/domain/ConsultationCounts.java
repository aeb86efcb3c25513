package ma.remacto.consultations.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counting rules over a consultation's contributions, computed by the service, never typed. */
public final class ConsultationCounts {

    private ConsultationCounts() {
    }

    /** One contribution as counted: its item, position and moderation. */
    public record Counted(String itemId, Position position, Moderation moderation) {
    }

    /**
     * Per item, in the consultation's order: contributions and positions that were not rejected (a pending
     * position counts: moderation is about the comment's text; a rejected contribution counts for nothing).
     */
    public static List<ItemResult> perItem(Consultation consultation, List<Counted> contributions) {
        Map<String, long[]> counts = new HashMap<>();
        for (Counted c : contributions) {
            if (c.moderation() == Moderation.REJECTED) {
                continue;
            }
            long[] n = counts.computeIfAbsent(c.itemId(), k -> new long[3]);
            n[0]++;
            if (c.position() == Position.AGREE) {
                n[1]++;
            } else if (c.position() == Position.DISAGREE) {
                n[2]++;
            }
        }
        return consultation.items().stream().map(item -> {
            long[] n = counts.getOrDefault(item.id(), new long[3]);
            return new ItemResult(item.id(), item.title(), n[0], n[1], n[2]);
        }).toList();
    }

    /** Contributions (not rejected) per programme axis of their item; items without an axis are left out. */
    public static Map<String, Long> perAxis(Consultation consultation, List<Counted> contributions) {
        Map<String, Long> byAxis = new TreeMap<>();
        for (Counted c : contributions) {
            if (c.moderation() == Moderation.REJECTED) {
                continue;
            }
            consultation.item(c.itemId()).map(ConsultationItem::axisCode)
                    .ifPresent(axis -> byAxis.merge(axis, 1L, Long::sum));
        }
        return byAxis;
    }

    public static long published(List<Counted> contributions) {
        return contributions.stream().filter(c -> c.moderation() == Moderation.PUBLISHED).count();
    }
}
