package ma.remacto.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BreakdownTest {

    @Test
    void rowsFollowTheCategorysOrderOthersAfterAndUnknownLast() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("UNKNOWN", 5);
        counts.put("60_PLUS", 1);
        counts.put("SOMETHING_NEW", 2);
        counts.put("18_24", 2);
        Breakdown breakdown = Breakdown.of(counts, Breakdown.AGE_GROUPS);
        assertThat(breakdown.rows()).extracting(Breakdown.Row::key)
                .containsExactly("18_24", "60_PLUS", "SOMETHING_NEW", "UNKNOWN");
        assertThat(breakdown.total()).isEqualTo(10);
        assertThat(breakdown.rows().get(0).percent()).isEqualByComparingTo(new BigDecimal("20.0"));
        assertThat(breakdown.onlyUnknown()).isFalse();
    }

    @Test
    void sharesAreRoundedToOneDecimalAndNothingCountedIsEmpty() {
        Breakdown thirds = Breakdown.of(Map.of("FEMALE", 1, "MALE", 2), Breakdown.GENDERS);
        assertThat(thirds.rows()).extracting(Breakdown.Row::percent)
                .containsExactly(new BigDecimal("33.3"), new BigDecimal("66.7"));
        assertThat(Breakdown.of(null, Breakdown.GENDERS).isEmpty()).isTrue();
        assertThat(Breakdown.of(Map.of("UNKNOWN", 0), Breakdown.GENDERS).rows().get(0).percent()).isZero();
        assertThat(Breakdown.of(Map.of("UNKNOWN", 3), Breakdown.GENDERS).onlyUnknown()).isTrue();
    }
}
