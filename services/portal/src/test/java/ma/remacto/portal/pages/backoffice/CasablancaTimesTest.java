package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CasablancaTimesTest {

    @Test
    void aWallClockTimeInMoroccoIsTheInstantItNamesWhateverTheSeason() {
        // Morocco is on UTC+1, except during Ramadan (UTC+0): 2026's Ramadan runs from mid-February to mid-March.
        assertThat(CasablancaTimes.instant("2026-06-01T10:00")).isEqualTo(Instant.parse("2026-06-01T09:00:00Z"));
        assertThat(CasablancaTimes.instant("2026-03-01T10:00")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(CasablancaTimes.instant("2026-06-01T10:00:30")).isEqualTo(Instant.parse("2026-06-01T09:00:30Z"));
    }

    @Test
    void anInstantShowsAsTheInputTakesItToTheMinute() {
        assertThat(CasablancaTimes.local("2026-06-01T09:00:42.120Z")).isEqualTo("2026-06-01T10:00");
        assertThat(CasablancaTimes.local(null)).isEmpty();
        assertThat(CasablancaTimes.local("yesterday")).isEmpty();
    }

    @Test
    void whatIsNotATimeOrADateIsNamedAsSuchAndEmptyIsNothing() {
        assertThat(CasablancaTimes.instant("")).isNull();
        assertThat(CasablancaTimes.badInstant("")).isFalse();
        assertThat(CasablancaTimes.badInstant("demain 10h")).isTrue();
        assertThat(CasablancaTimes.badDate("2026-02-30")).isTrue();
        assertThat(CasablancaTimes.badDate("2026-02-28")).isFalse();
        assertThat(CasablancaTimes.isoDate(" 2026-02-28 ")).isEqualTo("2026-02-28");
        assertThat(CasablancaTimes.isoDate("28/02/2026")).isNull();
    }
}
