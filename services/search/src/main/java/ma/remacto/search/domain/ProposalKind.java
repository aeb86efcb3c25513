package ma.remacto.search.domain;

import java.util.Optional;

/**
 * What a searchable proposal is: a citizen's idea, a member's openness project (OGP commitments included; the
 * project's own {@code kind} tells them apart), a petition to a council (once out of draft), or a public
 * consultation.
 */
public enum ProposalKind {
    IDEA,
    PROJECT,
    PETITION,
    CONSULTATION;

    /** The kind a filter names, written as the API writes it (like states and sources); empty for anything else. */
    public static Optional<ProposalKind> parse(String value) {
        for (ProposalKind kind : values()) {
            if (kind.name().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
