package ma.remacto.search.api;

import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.search.application.SearchProposals;
import ma.remacto.search.domain.SearchCriteria;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/search")
@Tag(name = "Search", description = "Full-text search over the proposals of every member, in Arabic and French")
public class SearchController {

    private final SearchProposals search;
    private final ZoneId zone;

    public SearchController(SearchProposals search, @Value("${remacto.time-zone:Africa/Casablanca}") String zone) {
        this.search = search;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping
    @Operation(summary = "Search proposals (ideas and published openness projects) across the network",
            description = "Arabic and French, whatever the spelling (hamza, taa marbuta, proclitics, broken plurals, "
                    + "accents, elision); a query in double quotes is a phrase. Withdrawn ideas are left out unless "
                    + "state=WITHDRAWN; unpublished and withdrawn projects are never found. Facets count what choosing "
                    + "each value would give. A corrected query is suggested when few proposals match.")
    public SearchView search(
            @Parameter(description = "Text, 1 to 200 characters; in double quotes for a phrase") @RequestParam(required = false) String q,
            @Parameter(description = "IDEA or PROJECT (OGP commitments included); all kinds when absent") @RequestParam(required = false) String kind,
            @Parameter(description = "Member slug") @RequestParam(required = false) String member,
            @Parameter(description = "Region slug: the region, its provinces and its communes") @RequestParam(required = false) String region,
            @Parameter(description = "Axis id") @RequestParam(required = false) String axis,
            @Parameter(description = "Idea state (RECEIVED … WITHDRAWN); ideas only") @RequestParam(required = false) String state,
            @Parameter(description = "Idea source (DIGITAL, LIVE_WORKSHOP, …); ideas only") @RequestParam(required = false) String source,
            @Parameter(description = "Submitted (a project: formulated) on or after (YYYY-MM-DD, Africa/Casablanca)") @RequestParam(required = false) String from,
            @Parameter(description = "Submitted (a project: formulated) on or before (YYYY-MM-DD, Africa/Casablanca)") @RequestParam(required = false) String to,
            @Parameter(description = "relevance (default) or newest") @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        SearchCriteria criteria = SearchRequests.criteria(q, kind, member, region, axis, state, source, from, to, sort,
                page, size, zone);
        return SearchView.of(search.search(criteria), criteria.page());
    }

    @GetMapping("/similar")
    @Operation(summary = "Existing ideas similar to a text being written",
            description = "For the idea form: the member's own similar ideas and the network's, withdrawn ideas left out.")
    public SimilarView similar(
            @Parameter(description = "The text being written, 1 to 2000 characters") @RequestParam(required = false) String text,
            @Parameter(description = "The member the idea is for") @RequestParam(required = false) String member,
            @Parameter(description = "How many of each, 1 to 20 (default 5)") @RequestParam(required = false) Integer size) {
        SearchRequests.Similar request = SearchRequests.similar(text, member, size);
        return SimilarView.of(search.similar(request.text(), request.member(), request.size()));
    }
}
