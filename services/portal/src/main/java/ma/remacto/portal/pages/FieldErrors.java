package ma.remacto.portal.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's refused fields ({@code errors: [{field, message}]}) keyed by the id of the form field that shows
 * them: {@code title.ar} → {@code title-ar}, {@code association.foundedOn} → {@code association-foundedOn}, and every
 * line of a list ({@code requests[2]}) → the list's one text area {@code requests}. Ids so formed are valid in HTML
 * and in a {@code #fragment}, so the summary's links lead to the field.
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static Map<String, String> byField(List<Map<String, Object>> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Map<String, Object> error : errors) {
            String message = String.valueOf(error.get("message"));
            byField.merge(id(String.valueOf(error.get("field"))), message,
                    (a, b) -> a.contains(b) ? a : a + " " + b);
        }
        return byField;
    }

    static String id(String field) {
        return field.replaceAll("\\[\\d+]", "").replace('.', '-');
    }
}
