package ma.remacto.consultations.domain;

/** Every text a person reads exists in Arabic (first) and French. */
public record LocalizedText(String ar, String fr) {
}
