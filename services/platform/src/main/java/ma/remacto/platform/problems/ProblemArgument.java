package ma.remacto.platform.problems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * An argument of a problem's text that reads differently in Arabic and in French: a state's name, a record's title,
 * a date. A person reads the problem's {@code detail}, so a status such as {@code SCHEDULED} or an item's id does not
 * belong there; the machine-readable value goes in an extension member ({@link ProblemException#with}) instead.
 */
public interface ProblemArgument {

    /**
     * @param language the text's language
     * @param messages the problem bundles, for words
     */
    String in(Locale language, ProblemMessages messages);

    /**
     * A text of the problem bundles, such as {@code consultation.now.SCHEDULED} ("it has not opened yet"), with its
     * own arguments (themselves possibly words, titles or dates): a part of a sentence that depends on a state.
     */
    static ProblemArgument word(String key, Object... arguments) {
        return new Word(key, List.of(arguments));
    }

    /** A text stored in both languages (a title); an empty French side reads the Arabic one. */
    static ProblemArgument text(String ar, String fr) {
        return new Text(ar, fr);
    }

    /** A calendar date, month written out, in Latin digits as Moroccan administrations write them. */
    static ProblemArgument date(LocalDate date) {
        return new When(date, null);
    }

    /** An instant as its date and time of day in the given zone (the service's clock zone: Africa/Casablanca). */
    static ProblemArgument dateTime(Instant at, ZoneId zone) {
        return new When(at.atZone(zone).toLocalDate(), at.atZone(zone).toLocalTime().withSecond(0).withNano(0));
    }

    record Word(String key, List<Object> arguments) implements ProblemArgument {

        @Override
        public String in(Locale language, ProblemMessages messages) {
            return messages.text(key, arguments, language);
        }
    }

    record Text(String ar, String fr) implements ProblemArgument {

        @Override
        public String in(Locale language, ProblemMessages messages) {
            boolean french = "fr".equals(language.getLanguage()) && fr != null && !fr.isBlank();
            return french ? fr : ar == null ? "" : ar;
        }
    }

    record When(LocalDate date, LocalTime time) implements ProblemArgument {

        @Override
        public String in(Locale language, ProblemMessages messages) {
            Locale moroccan = Locale.forLanguageTag(language.getLanguage() + "-MA-u-nu-latn");
            DecimalStyle digits = DecimalStyle.of(moroccan);
            String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(moroccan)
                    .withDecimalStyle(digits).format(date);
            if (time == null) {
                return day;
            }
            return day + ("fr".equals(language.getLanguage()) ? " à " : "، ")
                    + DateTimeFormatter.ofPattern("HH:mm").withDecimalStyle(digits).format(time);
        }
    }
}
