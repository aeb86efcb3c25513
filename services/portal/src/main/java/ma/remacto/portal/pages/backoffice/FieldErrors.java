package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.remacto.portal.clients.Refused;

/**
 * A refusal's fields as a form with lists typed one per line shows them: {@code agenda[3]} or
 * {@code items[1].title.ar} is the {@code agenda} or {@code items} field (the whole textarea), messages of one field
 * joined; other names stay as they are ({@code participants.byGender}, {@code title.ar}).
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static Map<String, String> of(Refused refused) {
        return collapse(Forms.fieldErrors(refused));
    }

    static Map<String, String> collapse(Map<String, String> errors) {
        Map<String, String> collapsed = new LinkedHashMap<>();
        errors.forEach((field, message) -> collapsed.merge(field.replaceFirst("\\[[^]]*].*$", ""), message,
                (a, b) -> a.equals(b) ? a : a + " " + b));
        return collapsed;
    }

    /** The problem's code ({@code concurrent-change}, {@code axis.code-taken}), or empty. */
    static String code(Refused refused) {
        Object code = refused.problem().get("code");
        return code == null ? "" : code.toString();
    }
}
