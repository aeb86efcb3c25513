package ma.remacto.search.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;

import ma.remacto.platform.web.PageQuery;
import ma.remacto.search.domain.ProposalKind;
import ma.remacto.search.domain.SearchCriteria;
import ma.remacto.search.domain.SearchSort;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The search request as sent to Elasticsearch, without a server: text, filters, disjunctive facets, withdrawn ideas. */
class ProposalSearchRequestTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final ProposalSearches searches = new ProposalSearches(null,
            new SearchProperties(null, null, null, null, "remacto-proposals", null, null, 0, 0, null, null));

    JsonNode request(SearchCriteria criteria) {
        SearchRequest request = searches.request(criteria, ProposalSearches.filters(criteria));
        String json = JsonpUtils.toJsonString(request, new Jackson3JsonpMapper());
        return JSON.readTree(json);
    }

    @Test
    void eachFacetCountsWithEveryFilterButItsOwn() {
        JsonNode request = request(new SearchCriteria("المشاريع", false, "larache", "tanger-tetouan-al-hoceima", null,
                null, "DIGITAL", Instant.parse("2024-02-29T23:00:00Z"), null, SearchSort.RELEVANCE, PageQuery.of(1, 10)));

        assertThat(request.at("/from").asInt()).isEqualTo(10);
        assertThat(request.at("/size").asInt()).isEqualTo(10);
        assertThat(request.at("/track_total_hits").asBoolean()).isTrue();
        // The text: recall on the analysed fields, a phrase bonus on the word-for-word ones; withdrawn ideas out.
        assertThat(request.at("/query/bool/must/0/bool/must/0/multi_match/type").asString()).isEqualTo("cross_fields");
        assertThat(request.at("/query/bool/must/0/bool/must/0/multi_match/minimum_should_match").asString()).isEqualTo("3<75%");
        assertThat(request.at("/query/bool/must/0/bool/should/0/multi_match/type").asString()).isEqualTo("phrase");
        assertThat(request.at("/query/bool/must_not/0/term/state/value").asString()).isEqualTo("WITHDRAWN");
        // Results: every filter.
        assertThat(request.at("/post_filter/bool/filter").size()).isEqualTo(4);
        // The member facet ignores the member filter, and only it.
        JsonNode memberFacet = request.at("/aggregations/member/filter/bool/filter");
        assertThat(memberFacet.size()).isEqualTo(3);
        assertThat(memberFacet.toString()).doesNotContain("\"member\"").contains("\"region\"").contains("\"source\"")
                .contains("submittedAt");
        assertThat(request.at("/aggregations/month/filter/bool/filter").toString()).doesNotContain("submittedAt");
        assertThat(request.at("/aggregations/month/aggregations/values/date_histogram/time_zone").asString())
                .isEqualTo("Africa/Casablanca");
        assertThat(request.at("/aggregations/axis/aggregations/values/terms/field").asString()).isEqualTo("axisId");
        assertThat(request.at("/highlight/fields/problem")).isNotNull();
        assertThat(request.at("/sort/0/_score/order").asString()).isEqualTo("desc");
    }

    @Test
    void aPhraseSearchesTheExactFieldsAndAskingForWithdrawnIdeasShowsThem() {
        JsonNode request = request(new SearchCriteria("الولوج إلى المعلومة", true, null, null, null, "WITHDRAWN", null,
                null, null, SearchSort.NEWEST, PageQuery.of(0, 20)));
        JsonNode text = request.at("/query/bool/must/0/multi_match");
        assertThat(text.at("/type").asString()).isEqualTo("phrase");
        assertThat(text.at("/fields").toString()).contains("problem.exact").doesNotContain("\"problem^3\"");
        assertThat(request.at("/query/bool/must_not").isMissingNode()).isTrue();
        assertThat(request.at("/aggregations/member/filter/bool/filter").toString()).contains("WITHDRAWN");
        assertThat(request.at("/aggregations/state/filter/match_all").isObject()).isTrue();
        assertThat(request.at("/sort/0/submittedAt/order").asString()).isEqualTo("desc");
        assertThat(request.at("/highlight/fields").toString()).contains("problem.exact");
    }

    @Test
    void theKindIsAFilterAndAFacetAndRemovedProjectsAreNeverFound() {
        JsonNode request = request(new SearchCriteria("الشكايات", false, ProposalKind.PROJECT, "larache", null, null,
                null, null, null, null, SearchSort.RELEVANCE, PageQuery.of(0, 20)));
        assertThat(request.at("/post_filter/bool/filter").toString()).contains("\"kind\"").contains("PROJECT");
        // The kind facet counts every kind (its own filter left out); the others count the chosen kind only.
        assertThat(request.at("/aggregations/kind/filter/bool/filter").toString()).doesNotContain("\"kind\"")
                .contains("\"member\"");
        assertThat(request.at("/aggregations/member/filter/match_all").isMissingNode()).isTrue();
        assertThat(request.at("/aggregations/state/filter/bool/filter").toString()).contains("PROJECT");
        assertThat(request.at("/aggregations/kind/aggregations/values/terms/field").asString()).isEqualTo("kind");
        assertThat(request.at("/query/bool/filter").toString()).contains("\"removed\"");
        // A project's title is searched and highlighted with the texts ideas have.
        assertThat(request.at("/query/bool/must/0/bool/must/0/multi_match/fields").toString()).contains("title.ar")
                .contains("title.fr").contains("problem^3");
        assertThat(request.at("/highlight/fields/title.ar").isObject()).isTrue();
    }
}
