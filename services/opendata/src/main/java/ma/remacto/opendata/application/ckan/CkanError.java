package ma.remacto.opendata.application.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure of a CKAN action, with the {@code __type} and HTTP status CKAN 2.9's API controller gives it:
 * {@code Validation Error} 409 (with field → messages, as CKAN), {@code Not Found Error} 404,
 * {@code Search Query Error} 400, {@code Bad Request} 400 (unknown action, malformed body).
 */
public final class CkanError extends RuntimeException {

    public static final String VALIDATION = "Validation Error";
    public static final String NOT_FOUND = "Not Found Error";
    public static final String SEARCH_QUERY = "Search Query Error";
    public static final String BAD_REQUEST = "Bad Request";

    private final String type;
    private final int status;
    private final Map<String, List<String>> fields;

    private CkanError(String type, int status, String message, Map<String, List<String>> fields) {
        super(message);
        this.type = type;
        this.status = status;
        this.fields = fields;
    }

    public static CkanError validation(Map<String, List<String>> fields) {
        StringBuilder message = new StringBuilder();
        fields.forEach((field, messages) -> message.append(message.isEmpty() ? "" : "; ").append(field).append(": ")
                .append(String.join(", ", messages)));
        return new CkanError(VALIDATION, 409, message.toString(), new LinkedHashMap<>(fields));
    }

    public static CkanError validation(String field, String message) {
        return validation(Map.of(field, List.of(message)));
    }

    public static CkanError notFound(String what) {
        return new CkanError(NOT_FOUND, 404, "Not found: " + what, Map.of());
    }

    public static CkanError searchQuery(String detail) {
        return new CkanError(SEARCH_QUERY, 400, "Search Query is invalid: " + detail, Map.of());
    }

    public static CkanError badRequest(String detail) {
        return new CkanError(BAD_REQUEST, 400, "Bad request - " + detail, Map.of());
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    /** For validation errors: each invalid parameter and its messages (CKAN's error dict). */
    public Map<String, List<String>> fields() {
        return fields;
    }
}
