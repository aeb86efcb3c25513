package ma.remacto.portal.pages.consultations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What the public said on one item, as the page draws it: contributions, positions for and against, and each
 * position's share of the positions taken (a bar's length, written next to it as a number). Counts come from the
 * consultations service's live statistics; an item nobody answered yet has zeros, not missing bars.
 */
final class Positions {

    private Positions() {
    }

    static Map<String, Object> of(Map<String, Object> counts) {
        long contributions = count(counts, "contributions");
        long agree = count(counts, "agree");
        long disagree = count(counts, "disagree");
        long positions = agree + disagree;
        return Map.of("contributions", contributions, "agree", agree, "disagree", disagree,
                // a bar's maximum is never 0: an empty bar, not an undefined one
                "positions", positions, "max", Math.max(1, positions),
                "agreeShare", share(agree, positions), "disagreeShare", share(disagree, positions));
    }

    /** A share in percent, one decimal (0 when nobody took a position). */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static long count(Map<String, Object> counts, String name) {
        return counts != null && counts.get(name) instanceof Number n ? n.longValue() : 0;
    }
}
