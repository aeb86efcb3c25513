package ma.remacto.portal.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The portal's two languages, first segment of every page's path: Arabic first ({@code /ar/...}, right to left),
 * French second ({@code /fr/...}). A path names its language so a shared link opens in the language it was sent in.
 */
public enum Language {
    AR("ar", "rtl", Locale.forLanguageTag("ar-MA")),
    FR("fr", "ltr", Locale.forLanguageTag("fr-MA"));

    private final String code;
    private final String direction;
    private final Locale locale;

    Language(String code, String direction, Locale locale) {
        this.code = code;
        this.direction = direction;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public String direction() {
        return direction;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == AR ? FR : AR;
    }

    public static Optional<Language> of(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
