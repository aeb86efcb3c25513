package ma.remacto.search.domain;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the facets of the whole result set and, when the query found little, a
 * corrected query. {@code tookMs} is the engine's own time (the sum of Elasticsearch's {@code took}).
 */
public record SearchPage(List<Hit> hits, long totalHits, Map<String, List<FacetValue>> facets, String suggestion,
        long tookMs) {

    public record Hit(Proposal proposal, Double score, Map<String, List<String>> highlights) {
    }

    /** One value of a facet and the number of results it holds; {@code label} only for axes (the axis code). */
    public record FacetValue(String value, long count, String label) {
    }
}
