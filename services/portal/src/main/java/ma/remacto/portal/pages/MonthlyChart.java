package ma.remacto.portal.pages;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.DecimalStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ma.remacto.portal.web.Language;
import ma.remacto.portal.web.Texts;

/**
 * Counts by month ({@code {"2024-03": 12, …}}, as ideation's statistics give them) as an SVG bar chart drawn on the
 * server: one bar per month from the first to the last, months without any counted as 0, on a scale rounded up to
 * 1, 2 or 5 times a power of ten so its three grid lines read as round numbers. Coordinates are in a fixed
 * {@value #WIDTH} x {@value #HEIGHT} view box (about a phone's width, so its text keeps its size there); time runs
 * left to right in both languages. At most {@code maxMonths} bars are drawn (the latest); the table next to the
 * chart lists every month.
 *
 * @param bars one bar per month, oldest first
 * @param scale the value at the top of the plot
 * @param ticks the horizontal grid lines (0, half the scale, the scale)
 * @param shortened true when earlier months were left out of the drawing
 * @param months every month from the first to the last with its count (0 included), oldest first: the table
 */
public record MonthlyChart(List<Bar> bars, long scale, List<Tick> ticks, boolean shortened, List<Month> months) {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 220;
    /** The plot between the value labels on top and the month labels below. */
    static final double PLOT_TOP = 16;
    static final double PLOT_BOTTOM = 180;
    static final double PLOT_LEFT = 30;
    /** More month labels than this would overlap at the view box's width. */
    static final int MAX_LABELS = 8;

    /**
     * @param month the month
     * @param count how many in it
     * @param x left edge of the bar
     * @param y top of the bar
     * @param width the bar's width
     * @param height the bar's height
     * @param labelled whether the month is written under the bar (not every one fits)
     * @param center the middle of the bar, where its labels are anchored
     */
    public record Bar(YearMonth month, long count, double x, double y, double width, double height, boolean labelled,
            double center) {
    }

    public record Tick(long value, double y) {
    }

    public record Month(YearMonth month, long count) {
    }

    /**
     * @param byMonth counts by {@code yyyy-MM} (other keys are ignored); null or empty gives an empty chart
     * @param maxMonths the most bars drawn
     */
    public static MonthlyChart of(Map<String, ?> byMonth, int maxMonths) {
        TreeMap<YearMonth, Long> counts = new TreeMap<>();
        if (byMonth != null) {
            byMonth.forEach((key, value) -> {
                try {
                    counts.merge(YearMonth.parse(key), value instanceof Number n ? n.longValue() : 0L, Long::sum);
                } catch (DateTimeParseException e) {
                    // not a month (e.g. UNKNOWN): not drawn
                }
            });
        }
        if (counts.isEmpty()) {
            return new MonthlyChart(List.of(), 0, List.of(), false, List.of());
        }
        YearMonth last = counts.lastKey();
        YearMonth first = counts.firstKey();
        List<Month> table = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            table.add(new Month(m, counts.getOrDefault(m, 0L)));
        }
        boolean shortened = false;
        if (first.plusMonths(maxMonths - 1L).isBefore(last)) {
            first = last.minusMonths(maxMonths - 1L);
            shortened = true;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        long highest = 0;
        for (YearMonth m : months) {
            highest = Math.max(highest, counts.getOrDefault(m, 0L));
        }
        long scale = roundUp(highest);
        double slot = (WIDTH - PLOT_LEFT) / months.size();
        double barWidth = Math.min(slot * 0.7, 48);
        int every = (int) Math.ceil(months.size() / (double) MAX_LABELS);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            long count = counts.getOrDefault(months.get(i), 0L);
            double height = round(count / (double) scale * (PLOT_BOTTOM - PLOT_TOP));
            double center = round(PLOT_LEFT + slot * i + slot / 2);
            // Labels count back from the latest month, so the latest is always named.
            boolean labelled = (months.size() - 1 - i) % every == 0;
            bars.add(new Bar(months.get(i), count, round(center - barWidth / 2), round(PLOT_BOTTOM - height),
                    round(barWidth), height, labelled, center));
        }
        List<Tick> ticks = List.of(new Tick(0, PLOT_BOTTOM), new Tick(scale / 2, round((PLOT_TOP + PLOT_BOTTOM) / 2)),
                new Tick(scale, PLOT_TOP));
        return new MonthlyChart(bars, scale, scale % 2 == 0 ? ticks : List.of(ticks.get(0), ticks.get(2)), shortened,
                List.copyOf(table));
    }

    /** 1, 2, 5, 10, 20, 50… : the smallest such number at least {@code value} (1 for an empty chart). */
    static long roundUp(long value) {
        long power = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * power >= value) {
                    return step * power;
                }
            }
            power *= 10;
        }
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** The month's short name under its bar ("nov.", "نونبر"), in the page's language. */
    public String monthLabel(Bar bar, Texts t) {
        return DateTimeFormatter.ofPattern("MMM", t.language().locale()).format(bar.month());
    }

    /** The year under a labelled bar, written only where it changes (the first labelled bar, and each January). */
    public String yearLabel(Bar bar, Texts t) {
        Bar firstLabelled = bars.stream().filter(Bar::labelled).findFirst().orElse(null);
        if (bar != firstLabelled && bar.month().getMonthValue() != 1) {
            return "";
        }
        return DateTimeFormatter.ofPattern("yyyy").withDecimalStyle(DecimalStyle.of(numbers(t))).format(bar.month());
    }

    /** The month and year in full, for the table ("novembre 2026", "نونبر 2026"). */
    public String monthName(YearMonth month, Texts t) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", t.language().locale())
                .withDecimalStyle(DecimalStyle.of(numbers(t))).format(month);
    }

    private static Locale numbers(Texts t) {
        return t.digits() == Texts.Digits.ARAB && t.language() == Language.AR
                ? Locale.forLanguageTag("ar-MA-u-nu-arab") : Locale.forLanguageTag(t.language().code() + "-MA-u-nu-latn");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
