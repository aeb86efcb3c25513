package ma.remacto.platform.problems;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Validates the rows of a bulk request one by one, so a use case can report every bad row (shape
 * and domain problems together, each under {@code rows[i].field}) in one answer.
 */
public class RowValidation {

    private final Validator validator;

    public RowValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> List<FieldProblem> problems(List<T> rows, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (ConstraintViolation<T> violation : validator.validate(rows.get(i))) {
                String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
                problems.add(ProblemHandler.toFieldProblem(name + "[" + i + "]." + violation.getPropertyPath(), constraint,
                        violation));
            }
        }
        problems.sort(java.util.Comparator.comparing(FieldProblem::field));
        return problems;
    }
}
