package ma.remacto.search.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.search.domain.LocalizedText;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.SearchPage;

/**
 * The answer of {@code GET /api/search}: a page (the platform's paging members), facets, a suggested query or null,
 * and the engine's own time ({@code tookMs}, Elasticsearch's {@code took}) to compare with the latency seen outside.
 */
public record SearchView(List<Item> items, int page, int size, long totalItems, long totalPages,
        Map<String, List<Facet>> facets, String suggestion, long tookMs) {

    /** One proposal; {@code highlights} hold HTML-escaped fragments with the matches in {@code <em>}. */
    public record Item(String id, String kind, String member, String region, long number, String axisCode,
            String category, String state, String source, String problem, String proposedSolution, Outcome outcome,
            long supportCount, Instant submittedAt, Map<String, List<String>> highlights, Double score) {

        static Item of(SearchPage.Hit hit) {
            Proposal p = hit.proposal();
            return new Item(p.id(), p.kind().name(), p.member(), p.region(), p.number(), p.axisCode(), p.category(),
                    p.state(), p.source(), p.problem(), p.proposedSolution(), Outcome.of(p.outcome()), p.supportCount(),
                    p.submittedAt(), hit.highlights(), hit.score());
        }
    }

    public record Outcome(String ar, String fr) {

        static Outcome of(LocalizedText text) {
            return text == null ? null : new Outcome(text.ar(), text.fr());
        }
    }

    /** A facet value and how many results it holds; {@code label} (axes only) is the axis code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Facet(String value, long count, String label) {
    }

    static SearchView of(SearchPage page, PageQuery query) {
        PageResult<Item> result = PageResult.of(page.hits().stream().map(Item::of).toList(), query, page.totalHits());
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        page.facets().forEach((name, values) -> facets.put(name,
                values.stream().map(v -> new Facet(v.value(), v.count(), v.label())).toList()));
        return new SearchView(result.items(), result.page(), result.size(), result.totalItems(), result.totalPages(),
                facets, page.suggestion(), page.tookMs());
    }
}
