package ma.remacto.platform.problems;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * Arabic and French texts of problems and field errors. The platform's bundle holds the common
 * ones; each service adds its own bundle (classpath:problems/service) for its domain problems.
 */
public class ProblemMessages {

    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> LANGUAGES = List.of(ARABIC, FRENCH);

    private final ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();

    public ProblemMessages(List<String> basenames) {
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        // French texts escape apostrophes as two quotes; parse them the same way with or without arguments.
        source.setAlwaysUseMessageFormat(true);
    }

    /** Text of a code in one language; a missing text falls back to the code so nothing is hidden. */
    public String text(String key, List<Object> arguments, Locale locale) {
        Object[] resolved = arguments.stream().map(argument -> argument instanceof ProblemArgument localized
                ? localized.in(locale, this) : argument).toArray();
        return source.getMessage(key, resolved, key, locale);
    }

    public Map<String, String> bothLanguages(String key, List<Object> arguments) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Locale language : LANGUAGES) {
            texts.put(language.getLanguage(), text(key, arguments, language));
        }
        return texts;
    }

    /** Arabic unless the reader asked for French first. */
    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ARABIC;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("fr")) {
                    return FRENCH;
                }
                if (tag.startsWith("ar")) {
                    return ARABIC;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return ARABIC;
        }
        return ARABIC;
    }
}
