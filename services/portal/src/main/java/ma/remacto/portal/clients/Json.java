package ma.remacto.portal.clients;

import java.util.Map;

/**
 * Values of a service's JSON answer as the pages read them, where a field may be missing: an object that is absent is
 * empty, a text that is absent is empty, a count that is absent is zero. One reading for every page and form.
 */
public final class Json {

    private Json() {
    }

    /** A JSON object (an absent one, or another kind of value, reads as empty). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A value as text, as a form field shows it (absent: empty). */
    public static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A count (absent, or not a number: zero). */
    public static long count(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
