package ma.remacto.opendata.application.ckan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.Resource;

/**
 * CKAN's {@code package_search} over the catalogue held in memory: {@code q} (terms matched case-insensitively in
 * names, titles, descriptions and tags, Arabic as written; or {@code field:value} clauses), {@code fq} (an AND of
 * {@code field:value} clauses, values quoted or not, {@code -field:value} to exclude), {@code sort}, paging and
 * facets. Every order ends with the id, so paging with {@code sort=id asc} (or any sort) sees each dataset once.
 */
public final class PackageSearch {

    public static final int MAX_ROWS = 1000;
    public static final int DEFAULT_ROWS = 10;
    public static final String DEFAULT_SORT = "score desc, metadata_modified desc";

    /** The fields {@code fq}, {@code q} clauses and facets understand. */
    public static final List<String> FIELDS = List.of("organization", "owner_org", "groups", "tags", "res_format",
            "license_id", "name", "id", "type", "state", "region", "spatial", "frequency");

    public record Query(String q, String fq, String sort, int rows, int start, List<String> facetFields,
            int facetLimit, int facetMincount) {
    }

    public record FacetItem(String name, long count) {
    }

    public record Result(int count, List<Dataset> results, Map<String, List<FacetItem>> facets, String sort) {
    }

    private record Clause(String field, String value, boolean negated) {
    }

    private record SortKey(String field, boolean descending) {
    }

    private static final Pattern CLAUSE = Pattern.compile("([+-]?)([A-Za-z_][A-Za-z0-9_.]*|\\*):(\"((?:[^\"\\\\]|\\\\.)*)\"|[^\\s\"]+)");

    private PackageSearch() {
    }

    public static Result search(List<Dataset> all, Query query) {
        List<Clause> filters = new ArrayList<>(clauses(query.fq(), true));
        List<String> terms = new ArrayList<>();
        String q = query.q() == null ? "" : query.q().trim();
        if (!q.isEmpty() && !q.equals("*:*") && !q.equals("*")) {
            if (CLAUSE.matcher(q).find()) {
                filters.addAll(clauses(q, false));
            } else {
                for (String term : q.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!term.isBlank() && !term.equals("and")) {
                        terms.add(term.replace("\"", ""));
                    }
                }
            }
        }
        List<SortKey> sort = sortKeys(query.sort());
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<Dataset> matching = new ArrayList<>();
        for (Dataset dataset : all) {
            if (!filters.stream().allMatch(clause -> matches(dataset, clause))) {
                continue;
            }
            int score = score(dataset, terms);
            if (score < 0) {
                continue;
            }
            scores.put(dataset.id(), score);
            matching.add(dataset);
        }
        matching.sort(comparator(sort, scores));
        Map<String, List<FacetItem>> facets = new LinkedHashMap<>();
        for (String field : query.facetFields()) {
            facets.put(field, facet(matching, field, query.facetLimit(), query.facetMincount()));
        }
        int from = Math.min(query.start(), matching.size());
        int to = (int) Math.min((long) from + query.rows(), matching.size());
        return new Result(matching.size(), List.copyOf(matching.subList(from, to)), facets,
                query.sort() == null || query.sort().isBlank() ? DEFAULT_SORT : query.sort());
    }

    /** The values a dataset has for a search field (for {@code fq} and facets). */
    public static List<String> values(Dataset dataset, String field) {
        return switch (field) {
            case "organization", "owner_org" -> List.of(dataset.publisherSlug() == null ? Dataset.NETWORK : dataset.publisherSlug());
            case "groups" -> List.of(dataset.kind().name().toLowerCase(Locale.ROOT));
            case "tags" -> dataset.tags();
            case "res_format" -> dataset.resources().stream().map(Resource::format).distinct().toList();
            case "license_id" -> List.of(dataset.license() == null ? Dataset.LICENSE : dataset.license());
            case "name" -> List.of(dataset.name());
            case "id" -> List.of(dataset.id());
            case "type" -> List.of("dataset");
            case "state" -> List.of("active");
            case "region" -> dataset.regionSlug() == null ? List.of() : List.of(dataset.regionSlug());
            case "spatial" -> dataset.spatial() == null ? List.of() : List.of(dataset.spatial());
            case "frequency" -> dataset.frequency() == null ? List.of() : List.of(dataset.frequency());
            default -> List.of();
        };
    }

    private static List<Clause> clauses(String text, boolean filter) {
        List<Clause> clauses = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return clauses;
        }
        Matcher matcher = CLAUSE.matcher(text);
        int position = 0;
        while (matcher.find()) {
            String between = text.substring(position, matcher.start()).trim();
            if (!between.isEmpty() && !between.equalsIgnoreCase("AND") && !between.equals("&&")) {
                throw CkanError.searchQuery("cannot parse '" + between + "' in " + (filter ? "fq" : "q"));
            }
            String value = matcher.group(4) != null ? matcher.group(4).replaceAll("\\\\(.)", "$1") : matcher.group(3);
            if (!(matcher.group(2).equals("*") && value.equals("*"))) {
                clauses.add(new Clause(matcher.group(2), value, matcher.group(1).equals("-")));
            }
            position = matcher.end();
        }
        String rest = text.substring(position).trim();
        if (!rest.isEmpty()) {
            throw CkanError.searchQuery("cannot parse '" + rest + "' in " + (filter ? "fq" : "q"));
        }
        return clauses;
    }

    private static boolean matches(Dataset dataset, Clause clause) {
        boolean found;
        if (clause.field().equals("text") || clause.field().equals("title") || clause.field().equals("notes")) {
            found = score(dataset, List.of(clause.value().toLowerCase(Locale.ROOT))) >= 0;
        } else {
            found = clause.value().equals("*") ? !values(dataset, clause.field()).isEmpty()
                    : values(dataset, clause.field()).stream().anyMatch(v -> v.equalsIgnoreCase(clause.value()));
        }
        return found != clause.negated();
    }

    /** How well a dataset matches every term (-1: some term is missing). */
    static int score(Dataset dataset, List<String> terms) {
        int score = 0;
        for (String term : terms) {
            int termScore = 0;
            if (contains(dataset.name(), term)) {
                termScore += 2;
            }
            if (dataset.title() != null && (contains(dataset.title().ar(), term) || contains(dataset.title().fr(), term))) {
                termScore += 3;
            }
            if (dataset.tags().stream().anyMatch(tag -> contains(tag, term))) {
                termScore += 2;
            }
            if (dataset.description() != null
                    && (contains(dataset.description().ar(), term) || contains(dataset.description().fr(), term))) {
                termScore += 1;
            }
            if (termScore == 0) {
                return -1;
            }
            score += termScore;
        }
        return score;
    }

    private static boolean contains(String text, String term) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(term);
    }

    private static List<SortKey> sortKeys(String sort) {
        String text = sort == null || sort.isBlank() ? DEFAULT_SORT : sort;
        List<SortKey> keys = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String[] words = part.trim().split("\\s+");
            if (words.length != 2 || !(words[1].equalsIgnoreCase("asc") || words[1].equalsIgnoreCase("desc"))) {
                throw CkanError.searchQuery("Can't determine a Sort Order (asc or desc) in sort: '" + part.trim() + "'");
            }
            if (!List.of("score", "id", "name", "metadata_modified", "metadata_created", "title_string", "title",
                    "num_resources", "num_tags").contains(words[0])) {
                throw CkanError.searchQuery("can not sort on field: " + words[0]);
            }
            keys.add(new SortKey(words[0], words[1].equalsIgnoreCase("desc")));
        }
        return keys;
    }

    private static Comparator<Dataset> comparator(List<SortKey> keys, Map<String, Integer> scores) {
        Comparator<Dataset> order = (a, b) -> 0;
        for (SortKey key : keys) {
            Comparator<Dataset> one = switch (key.field()) {
                case "score" -> Comparator.comparing(d -> scores.getOrDefault(d.id(), 0));
                case "id" -> Comparator.comparing(Dataset::id);
                case "name" -> Comparator.comparing(Dataset::name);
                case "metadata_modified" -> Comparator.comparing(Dataset::modified, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "metadata_created" -> Comparator.comparing(Dataset::created, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "num_resources" -> Comparator.comparingInt(d -> d.resources().size());
                case "num_tags" -> Comparator.comparingInt(d -> d.tags().size());
                default -> Comparator.comparing(d -> d.title() == null || d.title().ar() == null ? ""
                        : d.title().ar().toLowerCase(Locale.ROOT));
            };
            order = order.thenComparing(key.descending() ? one.reversed() : one);
        }
        return order.thenComparing(Dataset::id); // a total order: paging never repeats nor skips a dataset
    }

    private static List<FacetItem> facet(List<Dataset> datasets, String field, int limit, int mincount) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            Set<String> distinct = new LinkedHashSet<>(values(dataset, field));
            distinct.forEach(value -> counts.merge(value, 1L, Long::sum));
        }
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= mincount)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit < 0 ? Long.MAX_VALUE : limit)
                .map(entry -> new FacetItem(entry.getKey(), entry.getValue()))
                .toList();
    }
}
