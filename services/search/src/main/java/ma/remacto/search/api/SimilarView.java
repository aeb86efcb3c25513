package ma.remacto.search.api;

import java.util.List;

import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.SearchPage;
import ma.remacto.search.domain.SimilarProposals;

/** Ideas like the text being written: the member's own ({@code member}), then the rest of the network. */
public record SimilarView(List<Item> member, List<Item> network, long tookMs) {

    public record Item(String id, String member, long number, String axisCode, String state, String problem,
            String proposedSolution, long supportCount, Double score) {

        static Item of(SearchPage.Hit hit) {
            Proposal p = hit.proposal();
            return new Item(p.id(), p.member(), p.number(), p.axisCode(), p.state(), p.problem(), p.proposedSolution(),
                    p.supportCount(), hit.score());
        }
    }

    static SimilarView of(SimilarProposals similar) {
        return new SimilarView(similar.member().stream().map(Item::of).toList(),
                similar.network().stream().map(Item::of).toList(), similar.tookMs());
    }
}
