package ma.remacto.platform.web;

import java.util.List;

import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;

/** Reads the version an editor saw from an If-Match header ("3", W/"3"); no header means "whatever is current". */
public final class IfMatch {

    private IfMatch() {
    }

    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("If-Match", "validation.type")));
        }
    }
}
