package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The page's language's wording of what the portal itself refuses before asking a service (a count that is not a
 * number, a date that is not a date), so those problems read on a form like the services' own.
 */
@Component
class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    String of(String key, Object... args) {
        return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Problems by field (message keys) as a form's errors (texts). */
    Map<String, String> of(Map<String, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, key) -> errors.put(field, of(key)));
        return errors;
    }
}
