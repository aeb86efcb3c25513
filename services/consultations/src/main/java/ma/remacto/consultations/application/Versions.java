package ma.remacto.consultations.application;

import ma.remacto.platform.problems.ProblemException;

final class Versions {

    private Versions() {
    }

    /** The version an editor saw (If-Match) must still be the current one. */
    static void require(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw ProblemException.conflict("concurrent-change");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
