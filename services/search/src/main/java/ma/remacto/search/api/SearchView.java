package ma.remacto.search.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.search.domain.LocalizedText;
import ma.remacto.search.domain.ProjectDetails;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.SearchPage;

/**
 * The answer of {@code GET /api/search}: a page (the platform's paging members), facets, a suggested query or null,
 * and the engine's own time ({@code tookMs}, Elasticsearch's {@code took}) to compare with the latency seen outside.
 */
public record SearchView(List<Item> items, int page, int size, long totalItems, long totalPages,
        Map<String, List<Facet>> facets, String suggestion, long tookMs) {

    /**
     * One proposal; {@code highlights} hold HTML-escaped fragments with the matches in {@code <em>}. An idea has
     * {@code state}, {@code source}, {@code outcome} and {@code supportCount}; a project (kind {@code PROJECT}, its
     * {@code id} the one of {@code /api/projects/{id}}) has {@code title} and {@code project}, {@code number} is its
     * position in the plan and {@code submittedAt} when it was formulated. What a kind does not have is null (0).
     */
    public record Item(String id, String kind, String member, String region, long number, String axisCode,
            String category, String state, String source, Text title, String problem, String proposedSolution,
            Text outcome, long supportCount, Project project, Instant submittedAt, Instant updatedAt,
            Map<String, List<String>> highlights, Double score) {

        static Item of(SearchPage.Hit hit) {
            Proposal p = hit.proposal();
            return new Item(p.id(), p.kind().name(), p.member(), p.region(), p.number(), p.axisCode(), p.category(),
                    p.state(), p.source(), Text.of(p.title()), p.problem(), p.proposedSolution(), Text.of(p.outcome()),
                    p.supportCount(), Project.of(p.project()), p.submittedAt(), p.updatedAt(), hit.highlights(),
                    hit.score());
        }
    }

    /** An idea's outcome, a project's title. */
    public record Text(String ar, String fr) {

        static Text of(LocalizedText text) {
            return text == null ? null : new Text(text.ar(), text.fr());
        }
    }

    /**
     * What a project hit adds: its plan and period, {@code kind} {@code PROJECT} or {@code COMMITMENT} (OGP), its
     * progress (0–100) and, for a commitment, the IRM completion level.
     */
    public record Project(String planId, String period, String kind, BigDecimal progress, String completion) {

        static Project of(ProjectDetails details) {
            return details == null ? null : new Project(details.planId(), details.period(), details.kind(),
                    details.progress(), details.completion());
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
