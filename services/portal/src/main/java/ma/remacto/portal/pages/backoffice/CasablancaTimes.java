package ma.remacto.portal.pages.backoffice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import ma.remacto.portal.web.Texts;

/**
 * What {@code <input type="datetime-local">} and {@code <input type="date">} send and show: a wall-clock time with
 * no zone, which the staff mean in Morocco's time (Africa/Casablanca, whose offset changes around Ramadan), and the
 * instants and dates the services take. Anything a browser without those inputs lets through that is not a time
 * reads as {@code null} here, and the form says so on the field.
 */
public final class CasablancaTimes {

    private CasablancaTimes() {
    }

    /** {@code 2026-03-01T10:00} (seconds optional) in Casablanca as an instant; null when empty or not a time. */
    public static Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(Texts.CASABLANCA).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An instant as the input shows it ({@code 2026-03-01T10:00} in Casablanca); empty for null. */
    public static String local(Object instant) {
        if (instant == null || instant.toString().isBlank()) {
            return "";
        }
        try {
            return LocalDateTime.ofInstant(Instant.parse(instant.toString()), Texts.CASABLANCA)
                    .truncatedTo(ChronoUnit.MINUTES).toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    /** A date as typed ({@code 2026-03-01}); null when empty or not a date. */
    public static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date as the services take it ({@code 2026-03-01}); null when empty or not a date. */
    public static String isoDate(String value) {
        LocalDate date = date(value);
        return date == null ? null : date.toString();
    }

    /** True when something was typed that is not a time ({@link #instant} read it as null). */
    public static boolean badInstant(String local) {
        return local != null && !local.isBlank() && instant(local) == null;
    }

    /** True when something was typed that is not a date. */
    public static boolean badDate(String value) {
        return value != null && !value.isBlank() && date(value) == null;
    }
}
