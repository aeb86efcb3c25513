package ma.remacto.projects.api;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The Arabic and French texts of the evaluation reports (reports/report_{ar,fr}.properties): labels, the
 * names of statuses and kinds, and the few language conventions a printed page needs (direction, date and
 * number patterns). One renderer writes both languages from them.
 */
@Component
public class ReportTexts {

    public static final Locale ARABIC = Locale.of("ar", "MA");
    public static final Locale FRENCH = Locale.of("fr", "MA");

    private final ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();

    public ReportTexts(@Value("${remacto.reports.texts:classpath:reports/report}") String basename) {
        source.setBasename(basename);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        // Texts write an apostrophe as two quotes whether or not they take arguments.
        source.setAlwaysUseMessageFormat(true);
    }

    /** A missing text shows its key rather than failing the whole report (a test keeps both bundles complete). */
    public String text(String key, Locale language, Object... arguments) {
        return source.getMessage(key, arguments, key, language);
    }
}
