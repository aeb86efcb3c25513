package ma.remacto.portal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * What a page needs to write the services' data in its language: the right side of a bilingual text, numbers and
 * dates in the page's locale with the reader's choice of digits (Western "123", as Moroccan administration writes
 * them, or Eastern Arabic "١٢٣"), dates in Africa/Casablanca. Available in every template as {@code t}.
 */
public final class Texts {

    public static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    private final Language language;
    private final Digits digits;
    private final Locale numbers;

    public Texts(Language language, Digits digits) {
        this.language = language;
        this.digits = digits;
        this.numbers = digits == Digits.ARAB && language == Language.AR
                ? Locale.forLanguageTag("ar-MA-u-nu-arab") : Locale.forLanguageTag(language.code() + "-MA-u-nu-latn");
    }

    public Language language() {
        return language;
    }

    public Digits digits() {
        return digits;
    }

    /** The page language's side of a bilingual text ({@code {"ar": …, "fr": …}}), the other side when it is empty. */
    public String of(Object text) {
        if (text instanceof Map<?, ?> sides) {
            Object mine = sides.get(language.code());
            if (mine instanceof String s && !s.isBlank()) {
                return s;
            }
            Object other = sides.get(language.other().code());
            return other == null ? "" : other.toString();
        }
        return text == null ? "" : text.toString();
    }

    public String number(Object value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(numbers);
        format.setMaximumFractionDigits(1);
        return value instanceof Number n ? format.format(n) : format.format(new BigDecimal(value.toString()));
    }

    /** A percentage (0–100) as the locale writes it. */
    public String percent(Object value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(numbers);
        format.setMaximumFractionDigits(1);
        return format.format(new BigDecimal(value.toString()).movePointLeft(2));
    }

    /** A date ({@code 2024-03-01}) or an instant ({@code 2024-03-01T10:00:00Z}, shown in Casablanca), long form. */
    public String date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        String text = value.toString();
        LocalDate date = text.length() > 10 ? Instant.parse(text).atZone(CASABLANCA).toLocalDate() : LocalDate.parse(text);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .withDecimalStyle(DecimalStyle.of(numbers)).format(date);
    }

    /**
     * An instant with its time of day in Casablanca (a history entry, a moderation): the long date, whose month is
     * written out (the short French forms make "jui." of both June and July), and the time.
     */
    public String dateTime(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        java.time.ZonedDateTime at = Instant.parse(value.toString()).atZone(CASABLANCA);
        return date(value) + " " + DateTimeFormatter.ofPattern("HH:mm").withDecimalStyle(DecimalStyle.of(numbers))
                .format(at);
    }

    /** Machine-readable date for {@code <time datetime>}. */
    public String isoDate(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        String text = value.toString();
        return text.length() > 10 ? Instant.parse(text).atZone(CASABLANCA).toLocalDate().toString() : text;
    }

    /** Western or Eastern Arabic digits, the reader's choice (a cookie); Western by default. */
    public enum Digits {
        LATN, ARAB;

        public static Digits of(String value) {
            return "arab".equals(value) ? ARAB : LATN;
        }
    }
}
