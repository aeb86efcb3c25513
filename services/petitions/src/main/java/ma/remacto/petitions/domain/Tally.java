package ma.remacto.petitions.domain;

import java.util.Map;

/** Signatures counted from the stored signatures themselves: the total and by prefecture or province of residence. */
public record Tally(long total, Map<String, Long> byProvince) {

    public static final Tally NONE = new Tally(0, Map.of());

    public Tally {
        byProvince = Map.copyOf(byProvince);
    }

    public long in(String province) {
        return byProvince.getOrDefault(province, 0L);
    }
}
