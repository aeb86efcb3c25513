package ma.remacto.consultations.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A member's co-preparation calendar for one programme: its stages, always kept in the stages' order. */
public record CoPreparationCalendar(String id, String memberSlug, String programme, List<CalendarStage> stages,
        Instant createdAt, Instant updatedAt, long version) {

    public CoPreparationCalendar {
        stages = stages.stream().sorted(Comparator.comparing(CalendarStage::stage)).toList();
    }

    public static String key(String memberSlug, String programme) {
        return memberSlug + "|" + programme;
    }

    public CoPreparationCalendar withStages(List<CalendarStage> newStages, Instant at) {
        return new CoPreparationCalendar(id, memberSlug, programme, newStages, createdAt, at, version + 1);
    }
}
