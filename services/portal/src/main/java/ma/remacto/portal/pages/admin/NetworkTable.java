package ma.remacto.portal.pages.admin;

import static ma.remacto.portal.clients.Json.count;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network-wide table of the admin statistics page: one row per member with its counts, sorted by a column, and
 * the totals. Ideas and projects are the member cards' profile counts (one list call); consultations and petitions
 * are counted from one listing of each service, never one call per member.
 */
public final class NetworkTable {

    /** The columns a reader can sort by, in the order the table shows them. */
    public static final List<String> COLUMNS = List.of("name", "kind", "ideas", "projects", "consultations",
            "petitions");

    public record Row(String slug, Object name, String kind, String status, long ideas, long projects,
            long consultations, long petitions) {

        long count(String column) {
            return switch (column) {
                case "ideas" -> ideas;
                case "projects" -> projects;
                case "consultations" -> consultations;
                case "petitions" -> petitions;
                default -> 0;
            };
        }
    }

    public record Totals(long members, long ideas, long projects, long consultations, long petitions) {
    }

    private final List<Row> rows;

    private NetworkTable(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * @param members the member cards (with their {@code profile})
     * @param consultations every public consultation (each with its {@code member})
     * @param petitions every public petition (each with its {@code member})
     */
    public static NetworkTable of(List<Map<String, Object>> members, List<Map<String, Object>> consultations,
            List<Map<String, Object>> petitions) {
        Map<String, Long> consultationsByMember = countByMember(consultations);
        Map<String, Long> petitionsByMember = countByMember(petitions);
        List<Row> rows = members.stream().map(member -> {
            String slug = String.valueOf(member.get("slug"));
            Map<?, ?> profile = member.get("profile") instanceof Map<?, ?> p ? p : Map.of();
            return new Row(slug, member.get("name"), String.valueOf(member.get("kind")),
                    String.valueOf(member.get("status")), count(profile.get("ideas")), count(profile.get("projects")),
                    consultationsByMember.getOrDefault(slug, 0L), petitionsByMember.getOrDefault(slug, 0L));
        }).toList();
        return new NetworkTable(rows);
    }

    /**
     * The rows sorted by {@code column} ({@link #COLUMNS}; anything else: the directory's order), counts largest
     * first unless {@code ascending}, names in {@code nameOf}'s alphabetical order; ties keep the directory's order.
     */
    public List<Row> sorted(String column, boolean ascending, java.util.function.Function<Object, String> nameOf) {
        Comparator<Row> order = switch (column == null ? "" : column) {
            case "name" -> Comparator.comparing((Row row) -> nameOf.apply(row.name()),
                    java.text.Collator.getInstance());
            case "kind" -> Comparator.comparing((Row row) -> kindRank(row.kind()));
            case "ideas", "projects", "consultations", "petitions" -> Comparator.comparingLong(
                    (Row row) -> row.count(column)).reversed();
            default -> null;
        };
        if (order == null) {
            return rows;
        }
        if (ascending == isCount(column)) {
            order = order.reversed();
        }
        return rows.stream().sorted(order).toList();
    }

    public Totals totals() {
        return new Totals(rows.size(), rows.stream().mapToLong(Row::ideas).sum(),
                rows.stream().mapToLong(Row::projects).sum(), rows.stream().mapToLong(Row::consultations).sum(),
                rows.stream().mapToLong(Row::petitions).sum());
    }

    static boolean isCount(String column) {
        return column != null && List.of("ideas", "projects", "consultations", "petitions").contains(column);
    }

    private static int kindRank(String kind) {
        return switch (kind) {
            case "REGION" -> 0;
            case "PROVINCE" -> 1;
            default -> 2;
        };
    }

    private static Map<String, Long> countByMember(List<Map<String, Object>> records) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> record : records) {
            Object member = record.get("member");
            if (member != null) {
                counts.merge(member.toString(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
