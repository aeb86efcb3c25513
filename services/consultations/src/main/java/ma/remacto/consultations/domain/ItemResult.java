package ma.remacto.consultations.domain;

/** What the public said about one item: contributions (not rejected), and positions for and against. */
public record ItemResult(String itemId, LocalizedText title, long contributions, long agree, long disagree) {
}
