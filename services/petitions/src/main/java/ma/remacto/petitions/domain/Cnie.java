package ma.remacto.petitions.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Moroccan national identity card number (CNIE): one or two Latin letters and one to six digits ("AB123456",
 * "K12345"). Spaces are dropped and letters upper-cased, so "ab 123456" and "AB123456" are one number. The number
 * itself is never stored: only its keyed hash.
 */
public final class Cnie {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,2}[0-9]{1,6}");

    private Cnie() {
    }

    /** The normalised number, or empty when it does not have the CNIE's shape. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s\\u00A0\\u200B-\\u200F]", "").toUpperCase(Locale.ROOT);
        return SHAPE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
