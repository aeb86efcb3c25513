package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.remacto.portal.clients.Refused;

/** A service's refusal, field by field, as a form shows it: the field's name to the service's message. */
final class Forms {

    private Forms() {
    }

    static Map<String, String> fieldErrors(Refused refused) {
        return refused == null ? new LinkedHashMap<>() : refused.fieldMessages();
    }
}
