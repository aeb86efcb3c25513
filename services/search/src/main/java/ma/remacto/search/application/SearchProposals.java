package ma.remacto.search.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import ma.remacto.platform.events.StorageUnavailableException;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.search.domain.SearchCriteria;
import ma.remacto.search.domain.SearchPage;
import ma.remacto.search.domain.SimilarProposals;
import ma.remacto.search.persistence.ProposalSearches;
import ma.remacto.search.persistence.ProposalSearches.Correction;
import ma.remacto.search.persistence.SearchProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Public searches: a page of proposals with facets, and a spelling suggestion when the query finds little;
 * ideas similar to a text being written. Each is timed ({@code remacto.search.requests}, tags endpoint, outcome).
 */
@Service
public class SearchProposals {

    private final ProposalSearches searches;
    private final SearchProperties properties;
    private final MeterRegistry registry;

    public SearchProposals(ProposalSearches searches, SearchProperties properties, MeterRegistry registry) {
        this.searches = searches;
        this.properties = properties;
        this.registry = registry;
    }

    public SearchPage search(SearchCriteria criteria) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            SearchPage page = searches.search(criteria);
            if (page.totalHits() < properties.suggestBelow()) {
                Correction correction = searches.suggest(criteria.text());
                String suggestion = correction.text() == null ? null
                        : criteria.phrase() ? "\"" + correction.text() + "\"" : correction.text();
                page = new SearchPage(page.hits(), page.totalHits(), page.facets(), suggestion,
                        page.tookMs() + correction.took());
            }
            outcome = page.totalHits() == 0 ? "empty" : "hits";
            return page;
        } catch (StorageUnavailableException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "search.unavailable");
        } finally {
            sample.stop(registry.timer("remacto.search.requests", "endpoint", "search", "outcome", outcome));
        }
    }

    public SimilarProposals similar(String text, String member, int size) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            SimilarProposals similar = searches.similar(text, member, size);
            outcome = similar.member().isEmpty() && similar.network().isEmpty() ? "empty" : "hits";
            return similar;
        } catch (StorageUnavailableException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "search.unavailable");
        } finally {
            sample.stop(registry.timer("remacto.search.requests", "endpoint", "similar", "outcome", outcome));
        }
    }
}
