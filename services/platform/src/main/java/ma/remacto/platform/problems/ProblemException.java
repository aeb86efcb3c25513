package ma.remacto.platform.problems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal a person can understand. The {@code code} names both the problem type
 * (https://remacto.ma/problems/{code}) and its Arabic and French texts in the problems bundles.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient List<Object> arguments;
    private final transient List<FieldProblem> fieldProblems;
    private final transient Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String code, List<Object> arguments, List<FieldProblem> fieldProblems) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = List.copyOf(arguments);
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public ProblemException(HttpStatus status, String code, Object... arguments) {
        this(status, code, List.of(arguments), List.of());
    }

    public static ProblemException invalidInput(List<FieldProblem> fieldProblems) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", List.of(), fieldProblems);
    }

    public static ProblemException notFound(String code, Object... arguments) {
        return new ProblemException(HttpStatus.NOT_FOUND, code, arguments);
    }

    public static ProblemException conflict(String code, Object... arguments) {
        return new ProblemException(HttpStatus.CONFLICT, code, arguments);
    }

    public static ProblemException forbidden(String code, Object... arguments) {
        return new ProblemException(HttpStatus.FORBIDDEN, code, arguments);
    }

    /**
     * Adds a problem extension member (RFC 9457 section 3.2): a fact a client reads as data, such as the status that
     * made the request fail, while {@code detail} says it in words. The standard members and the platform's own
     * ({@code code}, {@code messages}, {@code errors}, {@code correlationId}) cannot be replaced.
     */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
