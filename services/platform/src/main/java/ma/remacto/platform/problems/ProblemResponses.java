package ma.remacto.platform.problems;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ma.remacto.platform.web.CorrelationId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details: title and detail in the reader's language, both languages
 * under {@code messages}, per-field errors under {@code errors}, and the correlation id so a
 * support request can be traced.
 */
public class ProblemResponses {

    public static final String TYPE_BASE = "https://remacto.ma/problems/";

    private final ProblemMessages messages;

    public ProblemResponses(ProblemMessages messages) {
        this.messages = messages;
    }

    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail",
            "instance", "code", "messages", "errors", "correlationId");

    public ProblemDetail build(ProblemException problem, String acceptLanguage, String instance) {
        ProblemDetail detail = build(problem.status(), problem.code(), problem.arguments(), problem.fieldProblems(),
                acceptLanguage, instance);
        problem.extensions().forEach((name, value) -> {
            if (!RESERVED.contains(name)) {
                detail.setProperty(name, value);
            }
        });
        return detail;
    }

    public ProblemDetail build(HttpStatus status, String code, List<Object> arguments, List<FieldProblem> fields,
            String acceptLanguage, String instance) {
        Locale language = ProblemMessages.preferred(acceptLanguage);
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create(TYPE_BASE + code));
        detail.setTitle(messages.text(code + ".title", arguments, language));
        detail.setDetail(messages.text(code + ".detail", arguments, language));
        if (instance != null) {
            detail.setInstance(URI.create(instance));
        }
        detail.setProperty("code", code);
        Map<String, Map<String, String>> both = new LinkedHashMap<>();
        for (Locale each : ProblemMessages.LANGUAGES) {
            both.put(each.getLanguage(), Map.of(
                    "title", messages.text(code + ".title", arguments, each),
                    "detail", messages.text(code + ".detail", arguments, each)));
        }
        detail.setProperty("messages", both);
        if (!fields.isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (FieldProblem field : fields) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", field.field());
                error.put("code", field.code());
                error.put("message", messages.text(field.code(), field.arguments(), language));
                error.put("messages", messages.bothLanguages(field.code(), field.arguments()));
                errors.add(error);
            }
            detail.setProperty("errors", errors);
        }
        CorrelationId.current().ifPresent(id -> detail.setProperty("correlationId", id));
        return detail;
    }

    /** The JSON members of a problem, for writers outside Spring MVC (security filters). */
    public static Map<String, Object> toMap(ProblemDetail detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(detail.getType()));
        body.put("title", detail.getTitle());
        body.put("status", detail.getStatus());
        body.put("detail", detail.getDetail());
        if (detail.getInstance() != null) {
            body.put("instance", String.valueOf(detail.getInstance()));
        }
        if (detail.getProperties() != null) {
            body.putAll(detail.getProperties());
        }
        return body;
    }
}
