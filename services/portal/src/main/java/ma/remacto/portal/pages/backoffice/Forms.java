package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.remacto.portal.clients.Refused;

/** A service's refusal, field by field, as a form shows it: the field's name to the service's message. */
final class Forms {

    private Forms() {
    }

    static Map<String, String> fieldErrors(Refused refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused != null) {
            refused.fieldErrors().forEach(e -> errors.merge(String.valueOf(e.get("field")),
                    String.valueOf(e.get("message")), (a, b) -> a + " " + b));
        }
        return errors;
    }
}
