package ma.remacto.portal.clients;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A service answered with an error: its status and its problem details (RFC 9457), whose {@code detail} is already
 * in the language the portal asked for and whose {@code errors} name the fields to correct.
 */
public class Refused extends RuntimeException {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int status;
    private final Map<String, Object> problem;

    public Refused(int status, Map<String, Object> problem) {
        super("status " + status + ": " + problem);
        this.status = status;
        this.problem = problem;
    }

    @SuppressWarnings("unchecked")
    static Refused from(int status, byte[] body) {
        Map<String, Object> problem;
        try {
            problem = body.length == 0 ? Map.of() : JSON.readValue(new String(body, StandardCharsets.UTF_8), Map.class);
        } catch (RuntimeException e) {
            problem = Map.of();
        }
        return status == 404 ? new NotFound(problem) : new Refused(status, problem);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> problem() {
        return problem;
    }

    public String detail() {
        Object detail = problem.get("detail");
        return detail == null ? "" : detail.toString();
    }

    /**
     * Lets a page show this refusal on its form when its status is one the form has words for; any other (a missing
     * record, a service fault) goes on to the error pages.
     */
    public void rethrowUnless(int... statuses) {
        for (int shown : statuses) {
            if (status == shown) {
                return;
            }
        }
        throw this;
    }

    /** The fields the service refused, as {@code [{field, code, message}]}. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> fieldErrors() {
        Object errors = problem.get("errors");
        return errors instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** The refused fields' messages by field name, a field's several messages joined, as a form shows them. */
    public Map<String, String> fieldMessages() {
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        fieldErrors().forEach(e -> messages.merge(String.valueOf(e.get("field")), String.valueOf(e.get("message")),
                (a, b) -> a + " " + b));
        return messages;
    }

    /** The record the page shows does not exist. */
    public static class NotFound extends Refused {

        public NotFound(Map<String, Object> problem) {
            super(404, problem);
        }
    }
}
