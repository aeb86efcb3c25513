package ma.remacto.search.domain;

/** What a searchable proposal is. Ideas today; openness projects, petitions and consultation contributions later. */
public enum ProposalKind {
    IDEA
}
