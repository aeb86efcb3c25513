package ma.remacto.platform.problems;

import java.util.List;

/** One invalid field: its path in the request, a message code and the code's arguments. */
public record FieldProblem(String field, String code, List<Object> arguments) {

    public FieldProblem(String field, String code, Object... arguments) {
        this(field, code, List.of(arguments));
    }
}
