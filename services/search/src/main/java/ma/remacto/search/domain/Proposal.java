package ma.remacto.search.domain;

import java.time.Instant;
import java.util.List;

/**
 * One searchable proposal as indexed: the public card of an idea, plus the member's region and
 * province from the member read model at index time. {@code version} is the card's own version and
 * the document's external version, so an older event never overwrites a newer document.
 */
public record Proposal(String id, ProposalKind kind, String member, String region, String province, long number,
        String axisId, String axisCode, String category, String source, String state, String problem,
        String proposedSolution, String note, LocalizedText outcome, List<String> languages, long supportCount,
        Instant submittedAt, Instant updatedAt, long version) {

    /** The state a submitter's withdrawn idea keeps: indexed, but not shown unless asked for. */
    public static final String WITHDRAWN = "WITHDRAWN";

    public Proposal {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
