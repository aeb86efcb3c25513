package ma.remacto.identity.domain;

/** A name as people read it: Arabic first, French second. */
public record BilingualName(String ar, String fr) {

    public BilingualName {
        if (ar == null || ar.isBlank() || fr == null || fr.isBlank()) {
            throw new IllegalArgumentException("a display name needs both Arabic and French text");
        }
    }
}
