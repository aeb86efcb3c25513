package ma.remacto.portal.pages.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MonthGridTest {

    @Test
    void weeksStartOnMondayAndNeighbouringMonthsFillTheFirstAndLastWeeks() {
        // November 2026 starts on a Sunday and ends on a Monday: six rows.
        MonthGrid<String> grid = MonthGrid.of(YearMonth.of(2026, 11), Map.of(), LocalDate.of(2026, 11, 24));
        assertThat(grid.weeks()).hasSize(6).allSatisfy(week -> assertThat(week).hasSize(7));
        assertThat(grid.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(grid.weeks().get(0).get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(grid.weeks().get(0).get(5).inMonth()).isFalse();
        assertThat(grid.weeks().get(0).get(6).date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(grid.weeks().get(0).get(6).inMonth()).isTrue();
        assertThat(grid.weeks().get(5).get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(grid.weeks().get(5).get(6).date()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(grid.weeks().get(5).get(1).inMonth()).isFalse();
    }

    @Test
    void aMonthStartingOnMondayHasNoLeadingDays() {
        // January 2024: Monday 1st to Wednesday 31st, five rows; February 2021: exactly four.
        MonthGrid<String> january = MonthGrid.of(YearMonth.of(2024, 1), Map.of(), LocalDate.of(2026, 1, 1));
        assertThat(january.weeks()).hasSize(5);
        assertThat(january.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(MonthGrid.of(YearMonth.of(2021, 2), Map.of(), LocalDate.of(2026, 1, 1)).weeks()).hasSize(4);
    }

    @Test
    void eachDayHoldsItsEventsAndTodayIsMarked() {
        LocalDate thirteenth = LocalDate.of(2024, 1, 13);
        MonthGrid<String> grid = MonthGrid.of(YearMonth.of(2024, 1),
                Map.of(thirteenth, List.of("Larache"), LocalDate.of(2023, 12, 31), List.of("December")), thirteenth);
        MonthGrid.Day<String> day = grid.weeks().get(1).get(5);
        assertThat(day.date()).isEqualTo(thirteenth);
        assertThat(day.events()).containsExactly("Larache");
        assertThat(day.hasEvents()).isTrue();
        assertThat(day.today()).isTrue();
        // A day of another month shown to fill a week never carries that month's events.
        assertThat(grid.weeks().stream().flatMap(List::stream).filter(MonthGrid.Day::hasEvents)).hasSize(1);
        assertThat(grid.weeks().stream().flatMap(List::stream).filter(MonthGrid.Day::today)).hasSize(1);
    }

    @Test
    void previousAndNextMonthsStopAtTheMonthsAReaderMayAskFor() {
        assertThat(MonthGrid.of(YearMonth.of(2024, 1), Map.of(), LocalDate.now()).previous())
                .isEqualTo(YearMonth.of(2023, 12));
        assertThat(MonthGrid.of(YearMonth.of(2024, 12), Map.of(), LocalDate.now()).next())
                .isEqualTo(YearMonth.of(2025, 1));
        assertThat(MonthGrid.of(YearMonth.of(1990, 1), Map.of(), LocalDate.now()).previous()).isNull();
        assertThat(MonthGrid.of(YearMonth.of(2100, 12), Map.of(), LocalDate.now()).next()).isNull();
    }

    @Test
    void onlyAWellFormedMonthWithinRangeIsAMonthAsked() {
        assertThat(MonthGrid.parse("2024-01")).contains(YearMonth.of(2024, 1));
        assertThat(MonthGrid.parse(null)).isEmpty();
        assertThat(MonthGrid.parse("")).isEmpty();
        assertThat(MonthGrid.parse("2024-13")).isEmpty();
        assertThat(MonthGrid.parse("2024-1")).isEmpty();
        assertThat(MonthGrid.parse("+10000-01")).isEmpty();
        assertThat(MonthGrid.parse("0001-01")).isEmpty();
        assertThat(MonthGrid.parse("abc")).isEmpty();
    }

    @Test
    void weekdaysAndTitleAreInThePagesLanguageMondayFirst() {
        assertThat(MonthGrid.weekdays(TextStyle.FULL, Locale.forLanguageTag("fr-MA")))
                .startsWith("lundi").endsWith("dimanche").hasSize(7);
        assertThat(MonthGrid.weekdays(TextStyle.FULL, Locale.forLanguageTag("ar-MA")).get(0)).isEqualTo("الاثنين");
        assertThat(MonthGrid.title(YearMonth.of(2024, 1), Locale.forLanguageTag("fr-MA"),
                Locale.forLanguageTag("fr-MA-u-nu-latn"))).isEqualTo("Janvier 2024");
        assertThat(MonthGrid.title(YearMonth.of(2024, 1), Locale.forLanguageTag("ar-MA"),
                Locale.forLanguageTag("ar-MA-u-nu-arab"))).endsWith("٢٠٢٤");
    }
}
