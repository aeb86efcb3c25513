package ma.remacto.platform.web;

import java.util.List;

import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;

/**
 * The paging every list endpoint accepts: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}.
 * Out-of-range values are refused rather than clamped so that a client's bug shows up at once.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageQuery of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("page", "paging.page.negative")));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("size", "paging.size.range", 1, MAX_SIZE)));
        }
        return new PageQuery(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
