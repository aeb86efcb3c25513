package ma.remacto.ideation.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ma.remacto.ideation.persistence.IdeaQuery;
import ma.remacto.ideation.persistence.IdeaRepository;
import ma.remacto.ideation.persistence.ProfileRepository;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;

/**
 * Participation figures as the programmes report them: ideas by axis, source, state and month, and
 * submitters by gender, age group and participant type (from the separate profiles; "unknown" for
 * those who gave none). For one member, one region, or the whole network.
 */
@Service
public class IdeaStatistics {

    public record Figures(long ideas, Map<String, Long> byAxis, Map<String, Long> bySource, Map<String, Long> byState,
            Map<String, Long> byMonth, Map<String, Long> byGender, Map<String, Long> byAgeGroup,
            Map<String, Long> byParticipantType) {
    }

    private final IdeaRepository ideas;
    private final ProfileRepository profiles;

    public IdeaStatistics(IdeaRepository ideas, ProfileRepository profiles) {
        this.ideas = ideas;
        this.profiles = profiles;
    }

    public Figures compute(String memberSlug, String regionSlug) {
        Bson filter = IdeaRepository.filter(new IdeaQuery(memberSlug, regionSlug, null, null, null, null, null, null));
        Map<String, Long> byAxis = counts(ideas.countBy(filter, new Document("axis", "$axisCode")), "axis");
        Map<String, Long> bySource = counts(ideas.countBy(filter, new Document("v", "$source")), "v");
        Map<String, Long> byState = counts(ideas.countBy(filter, new Document("v", "$state")), "v");
        Map<String, Long> byMonth = counts(ideas.countBy(filter, new Document("v", "$submittedMonth")), "v");
        long total = bySource.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(total, byAxis, bySource, byState, byMonth,
                withUnknown(profiles.countBy(filter, "gender"), total),
                withUnknown(profiles.countBy(filter, "ageGroup"), total),
                withUnknown(profiles.countBy(filter, "participantType"), total));
    }

    private static Map<String, Long> counts(List<Document> rows, String key) {
        Map<String, Long> counts = new TreeMap<>();
        for (Document row : rows) {
            Object id = row.get("_id");
            Object value = id instanceof Document d ? d.get(key) : id;
            counts.merge(value == null ? "UNKNOWN" : value.toString(), ((Number) row.get("count")).longValue(), Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> withUnknown(List<Document> rows, long total) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(r -> String.valueOf(r.get("_id")))).forEach(row -> counts
                .merge(row.get("_id") == null ? "UNKNOWN" : row.getString("_id"), ((Number) row.get("count")).longValue(),
                        Long::sum));
        long known = counts.entrySet().stream().filter(e -> !e.getKey().equals("UNKNOWN")).mapToLong(Map.Entry::getValue)
                .sum();
        counts.put("UNKNOWN", Math.max(0, total - known));
        return counts;
    }
}
