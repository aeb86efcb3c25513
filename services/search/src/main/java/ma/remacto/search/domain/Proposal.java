package ma.remacto.search.domain;

import java.time.Instant;
import java.util.List;

/**
 * One searchable proposal as indexed: the public card of an idea or of an openness project, plus the member's region
 * and province from the member read model at index time. {@code version} is the card's own version and the
 * document's external version, so an older event never overwrites a newer document.
 *
 * <p>For a project: {@code number} is its position in the plan, {@code submittedAt} when it was formulated,
 * {@code problem} its issues, causes and consequences, {@code note} an OGP commitment's description, and
 * {@code project} what only projects have. {@code removed}: a project no longer public (unpublished or withdrawn)
 * keeps a document with its id and version only, no text, so no search finds it and an older event of the project
 * (a redelivery, a dead letter replayed, a rebuild's catch-up) cannot bring it back: a delete would let
 * Elasticsearch forget the version after {@code index.gc_deletes} (60 s).
 */
public record Proposal(String id, ProposalKind kind, String member, String region, String province, long number,
        String axisId, String axisCode, String category, String source, String state, LocalizedText title,
        String problem, String proposedSolution, String note, LocalizedText outcome, List<String> languages,
        long supportCount, ProjectDetails project, Instant submittedAt, Instant updatedAt, boolean removed,
        long version) {

    /** The state a submitter's withdrawn idea keeps: indexed, but not shown unless asked for. */
    public static final String WITHDRAWN = "WITHDRAWN";

    public Proposal {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** The marker of a proposal that must not be found any more: its id, kind, member and version, nothing else. */
    public static Proposal removed(String id, ProposalKind kind, String member, Instant updatedAt, long version) {
        return new Proposal(id, kind, member, null, null, 0, null, null, null, null, null, null, null, null, null, null,
                List.of(), 0, null, null, updatedAt, true, version);
    }
}
