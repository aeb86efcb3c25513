package ma.remacto.petitions.domain;

/** A text in Arabic (first) and French. */
public record LocalizedText(String ar, String fr) {
}
