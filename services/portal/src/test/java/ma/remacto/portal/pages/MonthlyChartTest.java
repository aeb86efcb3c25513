package ma.remacto.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.web.Language;
import ma.remacto.portal.web.Texts;

import org.junit.jupiter.api.Test;

class MonthlyChartTest {

    @Test
    void everyMonthFromTheFirstToTheLastHasABarMonthsWithoutIdeasAtZero() {
        MonthlyChart chart = MonthlyChart.of(Map.of("2024-01", 4, "2024-03", 10, "UNKNOWN", 7), 24);
        assertThat(chart.bars()).extracting(MonthlyChart.Bar::month)
                .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        assertThat(chart.bars()).extracting(MonthlyChart.Bar::count).containsExactly(4L, 0L, 10L);
        assertThat(chart.months()).extracting(MonthlyChart.Month::count).containsExactly(4L, 0L, 10L);
        assertThat(chart.shortened()).isFalse();
    }

    @Test
    void barsStandOnThePlotsBottomAndTheHighestReachesItsShareOfTheRoundedScale() {
        // 3 months across 330 units (360 - 30 for the value axis): slots of 110, bars of 48 (capped) centred.
        MonthlyChart chart = MonthlyChart.of(Map.of("2024-01", 4, "2024-02", 0, "2024-03", 10), 24);
        assertThat(chart.scale()).isEqualTo(10);
        MonthlyChart.Bar highest = chart.bars().get(2);
        assertThat(highest.center()).isEqualTo(30 + 110 * 2 + 55);
        assertThat(highest.x()).isEqualTo(305 - 24);
        assertThat(highest.width()).isEqualTo(48);
        assertThat(highest.y()).isEqualTo(MonthlyChart.PLOT_TOP);
        assertThat(highest.y() + highest.height()).isEqualTo(MonthlyChart.PLOT_BOTTOM);
        MonthlyChart.Bar first = chart.bars().get(0);
        assertThat(first.height()).isEqualTo(Math.round(0.4 * (180 - 16) * 10) / 10.0);
        assertThat(chart.bars().get(1).height()).isZero();
        assertThat(chart.ticks()).extracting(MonthlyChart.Tick::value).containsExactly(0L, 5L, 10L);
        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(360));
    }

    @Test
    void theScaleIsOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(MonthlyChart.roundUp(0)).isEqualTo(1);
        assertThat(MonthlyChart.roundUp(1)).isEqualTo(1);
        assertThat(MonthlyChart.roundUp(3)).isEqualTo(5);
        assertThat(MonthlyChart.roundUp(116)).isEqualTo(200);
        assertThat(MonthlyChart.roundUp(500)).isEqualTo(500);
        assertThat(MonthlyChart.roundUp(501)).isEqualTo(1000);
    }

    @Test
    void aLongHistoryDrawsTheLatestMonthsWithSomeLabelsAndTheTableKeepsThemAll() {
        Map<String, Object> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(YearMonth.of(2024, 12)); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), 1);
        }
        MonthlyChart chart = MonthlyChart.of(byMonth, 24);
        assertThat(chart.shortened()).isTrue();
        assertThat(chart.bars()).hasSize(24);
        assertThat(chart.bars().get(0).month()).isEqualTo(YearMonth.of(2023, 1));
        assertThat(chart.months()).hasSize(36);
        List<MonthlyChart.Bar> labelled = chart.bars().stream().filter(MonthlyChart.Bar::labelled).toList();
        assertThat(labelled).hasSizeLessThanOrEqualTo(MonthlyChart.MAX_LABELS);
        assertThat(labelled.get(labelled.size() - 1).month()).isEqualTo(YearMonth.of(2024, 12));
    }

    @Test
    void noMonthsNoChart() {
        assertThat(MonthlyChart.of(null, 24).isEmpty()).isTrue();
        assertThat(MonthlyChart.of(Map.of("UNKNOWN", 3), 24).isEmpty()).isTrue();
    }

    @Test
    void monthsAreNamedInThePagesLanguageWithTheReadersDigits() {
        MonthlyChart chart = MonthlyChart.of(Map.of("2026-01", 2, "2026-11", 5), 24);
        Texts fr = new Texts(Language.FR, Texts.Digits.LATN);
        Texts ar = new Texts(Language.AR, Texts.Digits.ARAB);
        assertThat(chart.monthName(YearMonth.of(2026, 11), fr)).isEqualTo("novembre 2026");
        assertThat(chart.monthName(YearMonth.of(2026, 11), ar)).contains("٢٠٢٦");
        MonthlyChart.Bar january = chart.bars().get(0);
        assertThat(chart.yearLabel(january, fr)).isEqualTo("2026");
        assertThat(chart.yearLabel(chart.bars().get(10), fr)).isEmpty(); // November: the year was said in January
    }
}
