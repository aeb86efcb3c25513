package ma.remacto.portal.pages.consultations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A month as a calendar table: weeks as rows, Monday first (as Moroccan calendars print it), each day with what
 * happens on it. Days of the neighbouring months that fill the first and last weeks are kept as empty cells, so
 * every row has seven. The table's direction comes from the page: an Arabic page puts Monday on the right.
 *
 * @param <T> what a day holds (the meetings of that day)
 */
public record MonthGrid<T>(YearMonth month, List<List<Day<T>>> weeks) {

    /** Months a reader may ask for: a wider year is a typing error, not a month with meetings. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    /** One cell: a date, whether it belongs to the month shown, what happens on it and whether it is today. */
    public record Day<T>(LocalDate date, boolean inMonth, List<T> events, boolean today) {

        public boolean hasEvents() {
            return !events.isEmpty();
        }
    }

    public static <T> MonthGrid<T> of(YearMonth month, Map<LocalDate, List<T>> events, LocalDate today) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day<T>>> weeks = new ArrayList<>();
        List<Day<T>> week = new ArrayList<>(7);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            boolean inMonth = YearMonth.from(date).equals(month);
            week.add(new Day<>(date, inMonth, inMonth ? events.getOrDefault(date, List.of()) : List.of(),
                    date.equals(today)));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week = new ArrayList<>(7);
            }
        }
        return new MonthGrid<>(month, List.copyOf(weeks));
    }

    /** The month before, or null before the first month a reader may ask for. */
    public YearMonth previous() {
        YearMonth previous = month.minusMonths(1);
        return previous.getYear() < FIRST_YEAR ? null : previous;
    }

    /** The month after, or null after the last month a reader may ask for. */
    public YearMonth next() {
        YearMonth next = month.plusMonths(1);
        return next.getYear() > LAST_YEAR ? null : next;
    }

    /** The first and last day of the month (the period to ask the services for). */
    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    /** The weekdays' names in the table's order (Monday first), in the given style and locale. */
    public static List<String> weekdays(TextStyle style, Locale locale) {
        List<String> names = new ArrayList<>(7);
        for (DayOfWeek day = DayOfWeek.MONDAY; names.size() < 7; day = day.plus(1)) {
            names.add(day.getDisplayName(style, locale));
        }
        return names;
    }

    /** "novembre 2026" / "نونبر 2026", with the digits of the given locale. */
    public static String title(YearMonth month, Locale locale, Locale digits) {
        String title = DateTimeFormatter.ofPattern("LLLL y", locale).withDecimalStyle(DecimalStyle.of(digits))
                .format(month);
        return title.substring(0, 1).toUpperCase(locale) + title.substring(1);
    }

    /** A month a reader asked for ({@code 2024-01}), if it is one: anything else is "no month asked". */
    public static Optional<YearMonth> parse(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(value);
            return month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR ? Optional.empty() : Optional.of(month);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
