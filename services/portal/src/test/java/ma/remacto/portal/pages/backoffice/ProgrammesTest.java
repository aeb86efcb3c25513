package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgrammesTest {

    @Test
    void theKnownPeriodsComeNewestFirstWithoutRepeatsAndTheNextOneLeads() {
        List<Object> named = Arrays.asList("2024-2025", null, "2022-2027", "2024-2025", "2026", "x", "2025-2024");
        assertThat(Programmes.known(named)).containsExactly("2024-2025", "2022-2027");
        assertThat(Programmes.choices(named, 2026)).containsExactly("2026-2027", "2024-2025", "2022-2027");
    }

    @Test
    void theNextPeriodLastsAsLongAsTheLatest() {
        assertThat(Programmes.next("2024-2025", 2030)).isEqualTo("2026-2027");
        assertThat(Programmes.next("2022-2027", 2030)).isEqualTo("2028-2033");
        assertThat(Programmes.next("2024-2024", 2030)).isEqualTo("2025-2025");
        assertThat(Programmes.next(null, 2026)).isEqualTo("2026-2027");
        assertThat(Programmes.choices(List.of(), 2026)).containsExactly("2026-2027");
    }

    @Test
    void aPeriodIsTwoYearsTheSecondNotBeforeTheFirst() {
        assertThat(Programmes.isPeriod("2026-2027")).isTrue();
        assertThat(Programmes.isPeriod("2027-2026")).isFalse();
        assertThat(Programmes.isPeriod("26-27")).isFalse();
        assertThat(Programmes.isPeriod(" 2026-2027")).isFalse();
        assertThat(Programmes.isPeriod(null)).isFalse();
    }
}
