package ma.remacto.search.domain;

/** A text a person reads, in Arabic and French. */
public record LocalizedText(String ar, String fr) {

    public boolean isEmpty() {
        return (ar == null || ar.isBlank()) && (fr == null || fr.isBlank());
    }
}
