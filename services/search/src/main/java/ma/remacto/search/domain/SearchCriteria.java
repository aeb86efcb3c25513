package ma.remacto.search.domain;

import java.time.Instant;

import ma.remacto.platform.web.PageQuery;

/**
 * A validated search: the text (a phrase when the user put it in double quotes), the filters and the
 * page. {@code kind} null: every kind. {@code from} is inclusive, {@code to} exclusive (the instant after the last
 * day, in Africa/Casablanca).
 */
public record SearchCriteria(String text, boolean phrase, ProposalKind kind, String member, String region, String axis,
        String state, String source, Instant from, Instant to, SearchSort sort, PageQuery page) {

    /** A search over every kind. */
    public SearchCriteria(String text, boolean phrase, String member, String region, String axis, String state,
            String source, Instant from, Instant to, SearchSort sort, PageQuery page) {
        this(text, phrase, null, member, region, axis, state, source, from, to, sort, page);
    }

    /** Withdrawn ideas are left out unless the caller filters on that state. */
    public boolean excludesWithdrawn() {
        return !Proposal.WITHDRAWN.equals(state);
    }
}
