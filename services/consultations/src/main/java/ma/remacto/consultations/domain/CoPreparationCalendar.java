package ma.remacto.consultations.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** One value of one stage that a save changed: {@code field} is {@code stages.<STAGE>.<date or note>}. */
    public record Change(String field, Object from, Object to) {
    }

    private record Field(String name, Function<CalendarStage, Object> value) {
    }

    /** The stages' fields in the order a person reads a stage: planned, then actual dates, then the note. */
    private static final List<Field> FIELDS = List.of(new Field("plannedStart", CalendarStage::plannedStart),
            new Field("plannedEnd", CalendarStage::plannedEnd), new Field("actualStart", CalendarStage::actualStart),
            new Field("actualEnd", CalendarStage::actualEnd), new Field("note", CalendarStage::note));

    /**
     * What replacing {@code before}'s stages by {@code after}'s changes, value by value in the stages' order (a stage
     * added has every value set from nothing, a stage removed every value set to nothing); dates as ISO dates.
     */
    public static List<Change> changes(List<CalendarStage> before, List<CalendarStage> after) {
        Map<CalendarStageName, CalendarStage> old = before.stream()
                .collect(Collectors.toMap(CalendarStage::stage, Function.identity()));
        Map<CalendarStageName, CalendarStage> now = after.stream()
                .collect(Collectors.toMap(CalendarStage::stage, Function.identity()));
        List<Change> changes = new ArrayList<>();
        for (CalendarStageName stage : CalendarStageName.values()) {
            for (Field field : FIELDS) {
                Object from = old.containsKey(stage) ? field.value().apply(old.get(stage)) : null;
                Object to = now.containsKey(stage) ? field.value().apply(now.get(stage)) : null;
                if (!Objects.equals(from, to)) {
                    changes.add(new Change("stages." + stage.name() + "." + field.name(), text(from), text(to)));
                }
            }
        }
        return changes;
    }

    private static Object text(Object value) {
        return value == null ? null : value.toString();
    }
}
