package ma.remacto.search.persistence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SuggestSort;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import co.elastic.clients.json.JsonpUtils;

import ma.remacto.platform.events.StorageUnavailableException;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.ProposalKind;
import ma.remacto.search.domain.SearchCriteria;
import ma.remacto.search.domain.SearchPage;
import ma.remacto.search.domain.SearchPage.FacetValue;
import ma.remacto.search.domain.SearchSort;
import ma.remacto.search.domain.SimilarProposals;
import ma.remacto.search.domain.SpellingCandidates;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The queries behind {@code GET /api/search} and {@code /api/search/similar}, always through the alias.
 *
 * <p>A search is: {@code query} = the text (recall on the analysed fields, a bonus for the words close together on
 * the {@code .exact} fields; or, for a query in double quotes, a phrase on the {@code .exact} fields only) minus
 * withdrawn ideas and removed projects; {@code post_filter} = the filters; one {@code filter} aggregation per facet
 * holding every filter except the facet's own, so each facet counts what choosing one of its values would give
 * (disjunctive facets). Ideas and projects share the text fields (a project's title, problem and proposed solution
 * are analysed like an idea's), so one query ranks both; {@code kind} tells them apart.
 */
@Component
public class ProposalSearches {

    /** Analysed fields (remacto_arabic: spelling, proclitics, broken plurals, stems; French stems), with weights. */
    static final List<String> TEXT_FIELDS = List.of("title.ar^3", "title.fr^3", "problem^3", "proposedSolution^2",
            "note", "category", "outcome.ar", "outcome.fr");
    /** The same fields analysed word for word (remacto_arabic_exact): phrases. */
    static final List<String> EXACT_FIELDS = List.of("title.ar.exact^3", "title.fr.exact^3", "problem.exact^3",
            "proposedSolution.exact^2", "note.exact", "category.exact", "outcome.ar.exact", "outcome.fr.exact");
    /** Facet name → the filter it leaves out of its own counts. */
    static final Map<String, String> FACETS = facets();
    private static final String ZONE = "Africa/Casablanca";
    private static final Pattern MARKED = Pattern.compile("<s>(.+?)</s>");
    /** Leaves out the markers of projects that are no longer public ({@link Proposal#removed()}). */
    private static final Query NOT_REMOVED = Query.of(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field("removed")
            .value(true)))));
    private static final Logger LOG = LoggerFactory.getLogger(ProposalSearches.class);

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    public ProposalSearches(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("kind", "kind");
        facets.put("member", "member");
        facets.put("region", "region");
        facets.put("axis", "axis");
        facets.put("state", "state");
        facets.put("source", "source");
        facets.put("month", "period");
        return facets;
    }

    public SearchPage search(SearchCriteria criteria) {
        Map<String, Query> filters = filters(criteria);
        SearchRequest request = request(criteria, filters);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Search request: {}", JsonpUtils.toJsonString(request, client._jsonpMapper()));
        }
        SearchResponse<Map> response = run(() -> client.search(request, Map.class));
        List<SearchPage.Hit> hits = response.hits().hits().stream().map(ProposalSearches::hit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchPage(hits, total, facetValues(response.aggregations()), null, response.took());
    }

    /** The request as sent to Elasticsearch (visible to tests and to anyone tuning relevance). */
    SearchRequest request(SearchCriteria criteria, Map<String, Query> filters) {
        Query base = Query.of(q -> q.bool(b -> {
            b.must(textQuery(criteria));
            if (criteria.excludesWithdrawn()) {
                b.mustNot(term("state", Proposal.WITHDRAWN));
            }
            // A removal marker has no text, so no text query matches it; said once more, should that ever change.
            b.filter(NOT_REMOVED);
            return b;
        }));
        String exact = criteria.phrase() ? ".exact" : "";
        return SearchRequest.of(s -> {
            s.index(properties.alias())
                    .query(base)
                    .postFilter(allOf(filters.values()))
                    .from((int) criteria.page().offset())
                    .size(criteria.page().size())
                    .trackTotalHits(t -> t.enabled(true))
                    .trackScores(true)
                    .sort(sort(criteria.sort()))
                    .highlight(Highlight.of(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                            .fields("problem" + exact, f -> f.numberOfFragments(0))
                            .fields("proposedSolution" + exact, f -> f.fragmentSize(160).numberOfFragments(3))
                            .fields("title.ar" + exact, f -> f.numberOfFragments(0))
                            .fields("title.fr" + exact, f -> f.numberOfFragments(0))));
            for (Map.Entry<String, String> facet : FACETS.entrySet()) {
                List<Query> others = filters.entrySet().stream().filter(e -> !e.getKey().equals(facet.getValue()))
                        .map(Map.Entry::getValue).toList();
                s.aggregations(facet.getKey(), a -> a.filter(allOf(others)).aggregations("values", facetAggregation(facet.getKey())));
            }
            return s;
        });
    }

    private static Query textQuery(SearchCriteria criteria) {
        if (criteria.phrase()) {
            return Query.of(q -> q.multiMatch(m -> m.query(criteria.text()).type(TextQueryType.Phrase).fields(EXACT_FIELDS)));
        }
        return Query.of(q -> q.bool(b -> b
                // Recall: every word counts wherever it is (one blended field, the analysers being the same); up to three
                // words all must be found, beyond that three quarters of them.
                .must(m -> m.multiMatch(mm -> mm.query(criteria.text()).type(TextQueryType.CrossFields).fields(TEXT_FIELDS)
                        .operator(Operator.Or).minimumShouldMatch("3<75%")))
                // Precision: the words as written and close together rank higher.
                .should(sh -> sh.multiMatch(mm -> mm.query(criteria.text()).type(TextQueryType.Phrase).fields(EXACT_FIELDS)
                        .slop(2).boost(2f)))));
    }

    /** Filter name → query; only the filters the criteria set. */
    static Map<String, Query> filters(SearchCriteria c) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (c.kind() != null) {
            filters.put("kind", term("kind", c.kind().name()));
        }
        if (c.member() != null) {
            filters.put("member", term("member", c.member()));
        }
        if (c.region() != null) {
            filters.put("region", term("region", c.region()));
        }
        if (c.axis() != null) {
            filters.put("axis", term("axisId", c.axis()));
        }
        if (c.state() != null) {
            filters.put("state", term("state", c.state()));
        }
        if (c.source() != null) {
            filters.put("source", term("source", c.source()));
        }
        if (c.from() != null || c.to() != null) {
            filters.put("period", Query.of(q -> q.range(r -> r.date(d -> {
                d.field("submittedAt");
                if (c.from() != null) {
                    d.gte(c.from().toString());
                }
                if (c.to() != null) {
                    d.lt(c.to().toString());
                }
                return d;
            }))));
        }
        return filters;
    }

    private static Aggregation facetAggregation(String facet) {
        return switch (facet) {
            case "month" -> Aggregation.of(a -> a.dateHistogram(d -> d.field("submittedAt")
                    .calendarInterval(CalendarInterval.Month).timeZone(ZONE).format("yyyy-MM").minDocCount(1)));
            case "axis" -> Aggregation.of(a -> a.terms(t -> t.field("axisId").size(100))
                    .aggregations("code", c -> c.terms(t -> t.field("axisCode").size(1))));
            case "member" -> Aggregation.of(a -> a.terms(t -> t.field("member").size(100)));
            default -> Aggregation.of(a -> a.terms(t -> t.field(facet).size(20)));
        };
    }

    private static Map<String, List<FacetValue>> facetValues(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : FACETS.keySet()) {
            Aggregate values = aggregations.get(facet).filter().aggregations().get("values");
            List<FacetValue> list = new ArrayList<>();
            if (values.isDateHistogram()) {
                for (DateHistogramBucket bucket : values.dateHistogram().buckets().array()) {
                    list.add(new FacetValue(bucket.keyAsString(), bucket.docCount(), null));
                }
            } else {
                for (StringTermsBucket bucket : values.sterms().buckets().array()) {
                    String label = null;
                    Aggregate code = bucket.aggregations().get("code");
                    if (code != null && !code.sterms().buckets().array().isEmpty()) {
                        label = code.sterms().buckets().array().getFirst().key().stringValue();
                    }
                    list.add(new FacetValue(bucket.key().stringValue(), bucket.docCount(), label));
                }
            }
            facets.put(facet, list);
        }
        return facets;
    }

    private static List<SortOptions> sort(SearchSort sort) {
        SortOptions newest = SortOptions.of(o -> o.field(f -> f.field("submittedAt").order(SortOrder.Desc)));
        // The id last: a stable order, so pages neither repeat nor skip a result.
        SortOptions id = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))), newest, id);
            case NEWEST -> List.of(newest, id);
        };
    }

    @SuppressWarnings("unchecked")
    private static SearchPage.Hit hit(Hit<Map> hit) {
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        highlights.put("problem", List.of());
        highlights.put("proposedSolution", List.of());
        hit.highlight().forEach((field, fragments) -> highlights.put(field.replace(".exact", ""), fragments));
        Double score = hit.score() == null || hit.score().isNaN() ? null : hit.score();
        return new SearchPage.Hit(ProposalDocuments.proposal((Map<String, Object>) hit.source()), score, highlights);
    }

    /**
     * A spelling correction of the query, from the term suggester on the word-for-word {@code suggest} field (the
     * texts copied there, analysed by remacto_arabic_exact): each word the index has never seen is replaced by the
     * closest frequent word within two edits (a same-skeleton spelling first, see {@link SpellingCandidates}), written
     * as it is in the ideas (not in its normalised form).
     */
    public Correction suggest(String text) {
        SearchResponse<Map> response = run(() -> client.search(s -> s.index(properties.alias()).size(0)
                .suggest(sg -> sg.text(text).suggesters("correction", f -> f.term(t -> t.field("suggest")
                        .suggestMode(SuggestMode.Missing).maxEdits(2).prefixLength(1).minWordLength(3).size(5)
                        .sort(SuggestSort.Score)))), Map.class));
        long took = response.took();
        List<Suggestion<Map>> entries = new ArrayList<>(response.suggest().getOrDefault("correction", List.of()));
        entries.sort(Comparator.comparingInt((Suggestion<Map> e) -> e.term().offset()).reversed());
        StringBuilder corrected = new StringBuilder(text);
        boolean changed = false;
        for (Suggestion<Map> entry : entries) {
            TermSuggest term = entry.term();
            Optional<String> best = SpellingCandidates.best(text.substring(term.offset(), term.offset() + term.length()),
                    term.options().stream().map(TermSuggestOption::text).toList());
            if (best.isEmpty()) {
                continue;
            }
            Surface surface = surface(best.get());
            took += surface.took();
            corrected.replace(term.offset(), term.offset() + term.length(), surface.word());
            changed = true;
        }
        return new Correction(changed ? corrected.toString() : null, took);
    }

    public record Correction(String text, long took) {
    }

    private record Surface(String word, long took) {
    }

    /** The word as an idea writes it (with its ة, أ…), for an index term in normalised form. */
    private Surface surface(String term) {
        List<String> fields = List.of("problem.exact", "proposedSolution.exact", "note.exact", "title.ar.exact",
                "title.fr.exact");
        SearchResponse<Map> response = run(() -> client.search(s -> s.index(properties.alias()).size(1)
                .source(src -> src.fetch(false))
                .query(q -> q.multiMatch(m -> m.query(term).fields(fields)))
                .highlight(h -> {
                    h.preTags("<s>").postTags("</s>").requireFieldMatch(true);
                    fields.forEach(field -> h.fields(field, f -> f.numberOfFragments(1).fragmentSize(20)));
                    return h;
                }), Map.class));
        for (Hit<Map> hit : response.hits().hits()) {
            for (List<String> fragments : hit.highlight().values()) {
                for (String fragment : fragments) {
                    Matcher marked = MARKED.matcher(fragment);
                    if (marked.find()) {
                        return new Surface(marked.group(1), response.took());
                    }
                }
            }
        }
        return new Surface(term, response.took());
    }

    /**
     * Ideas whose problem and proposed solution resemble a text (more_like_this); withdrawn ideas left out. Ideas only:
     * the form asks whether the idea was already proposed, not which project took one up.
     */
    public SimilarProposals similar(String text, String member, int size) {
        Query like = Query.of(q -> q.moreLikeThis(m -> m.fields("problem", "proposedSolution").like(l -> l.text(text))
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(25).minimumShouldMatch("30%")));
        Query notWithdrawn = term("state", Proposal.WITHDRAWN);
        Query ideas = term("kind", ProposalKind.IDEA.name());
        Query ofMember = Query.of(q -> q.bool(b -> b.must(like).mustNot(notWithdrawn).filter(ideas)
                .filter(member == null ? Query.of(x -> x.matchNone(n -> n)) : term("member", member))));
        Query ofNetwork = Query.of(q -> q.bool(b -> {
            b.must(like).mustNot(notWithdrawn).filter(ideas);
            if (member != null) {
                b.mustNot(term("member", member));
            }
            return b;
        }));
        MsearchResponse<Map> response = run(() -> client.msearch(m -> m.index(properties.alias())
                .searches(s -> s.header(h -> h).body(b -> b.query(ofMember).size(size)))
                .searches(s -> s.header(h -> h).body(b -> b.query(ofNetwork).size(size))), Map.class));
        return new SimilarProposals(hits(response.responses().get(0)), hits(response.responses().get(1)), response.took());
    }

    private static List<SearchPage.Hit> hits(MultiSearchResponseItem<Map> item) {
        if (item.isFailure()) {
            throw new IllegalStateException("similar ideas: " + item.failure().error().reason());
        }
        return item.result().hits().hits().stream().map(ProposalSearches::hit).toList();
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Query allOf(java.util.Collection<Query> filters) {
        if (filters.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.filter(List.copyOf(filters))));
    }

    interface Call<T> {
        T call() throws IOException;
    }

    private static <T> T run(Call<T> call) {
        try {
            return call.call();
        } catch (ElasticsearchException | IOException e) {
            if (ProposalIndex.status(e) == 404) {
                // No index behind the alias yet (Elasticsearch just came back empty): the writer creates it.
                throw new StorageUnavailableException("no search index behind the alias yet", e);
            }
            throw ProposalIndex.failure("search", e);
        }
    }
}
