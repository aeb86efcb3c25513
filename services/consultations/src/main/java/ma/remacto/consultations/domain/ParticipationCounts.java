package ma.remacto.consultations.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of people, never names: a total and its breakdowns by gender, age group and participant type (keys as in
 * {@link ParticipantProfile}, plus UNKNOWN). A breakdown that is given must add up to the total.
 */
public record ParticipationCounts(long total, Map<String, Long> byGender, Map<String, Long> byAgeGroup,
        Map<String, Long> byParticipantType) {

    public ParticipationCounts {
        byGender = new TreeMap<>(byGender == null ? Map.of() : byGender);
        byAgeGroup = new TreeMap<>(byAgeGroup == null ? Map.of() : byAgeGroup);
        byParticipantType = new TreeMap<>(byParticipantType == null ? Map.of() : byParticipantType);
    }

    public static final ParticipationCounts NONE = new ParticipationCounts(0, Map.of(), Map.of(), Map.of());

    /** The breakdowns that do not add up to the total (an empty breakdown is "not given" and always fine). */
    public List<String> breakdownsNotAddingUp() {
        List<String> wrong = new ArrayList<>();
        check("byGender", byGender, wrong);
        check("byAgeGroup", byAgeGroup, wrong);
        check("byParticipantType", byParticipantType, wrong);
        return wrong;
    }

    private void check(String name, Map<String, Long> breakdown, List<String> wrong) {
        if (!breakdown.isEmpty() && breakdown.values().stream().mapToLong(Long::longValue).sum() != total) {
            wrong.add(name);
        }
    }

    /** Counts of the given profiles: a part not given is counted under UNKNOWN, so every breakdown adds up. */
    public static ParticipationCounts of(List<ParticipantProfile> profiles) {
        Map<String, Long> gender = new TreeMap<>();
        Map<String, Long> age = new TreeMap<>();
        Map<String, Long> type = new TreeMap<>();
        for (ParticipantProfile p : profiles) {
            gender.merge(orUnknown(p.gender()), 1L, Long::sum);
            age.merge(orUnknown(p.ageGroup()), 1L, Long::sum);
            type.merge(orUnknown(p.participantType()), 1L, Long::sum);
        }
        return new ParticipationCounts(profiles.size(), gender, age, type);
    }

    private static String orUnknown(String value) {
        return value == null ? ParticipantProfile.UNKNOWN : value;
    }
}
