package ma.remacto.search.domain;

import java.util.List;

/** Ideas like a text being written: the member's own, and those of the rest of the network. */
public record SimilarProposals(List<SearchPage.Hit> member, List<SearchPage.Hit> network, long tookMs) {
}
