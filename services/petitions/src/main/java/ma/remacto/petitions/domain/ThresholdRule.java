package ma.remacto.petitions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One legal signature threshold, as data: which members it applies to (kind, population range, communes with
 * arrondissements), how many signatures, for regions the least share each prefecture or province contributes,
 * its source text and whether it is still to confirm against the Bulletin officiel.
 *
 * @param minPopulation   inclusive lower bound, null for none
 * @param belowPopulation exclusive upper bound, null for none
 * @param arrondissements null: any commune; true/false: only communes with / without arrondissements
 */
public record ThresholdRule(String id, String memberKind, Boolean arrondissements, Long minPopulation,
        Long belowPopulation, int requiredSignatures, BigDecimal minSharePerProvince, String source, boolean toConfirm) {

    public boolean applies(String kind, long population, boolean hasArrondissements) {
        return memberKind.equalsIgnoreCase(kind)
                && (arrondissements == null || arrondissements == hasArrondissements)
                && (minPopulation == null || population >= minPopulation)
                && (belowPopulation == null || population < belowPopulation);
    }

    /** The signatures each prefecture or province must contribute (rounded up), 0 where no share applies. */
    public int requiredPerProvince() {
        if (minSharePerProvince == null || minSharePerProvince.signum() == 0) {
            return 0;
        }
        return minSharePerProvince.multiply(BigDecimal.valueOf(requiredSignatures)).setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }
}
