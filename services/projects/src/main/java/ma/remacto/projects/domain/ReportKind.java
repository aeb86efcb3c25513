package ma.remacto.projects.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The evaluations a plan goes through (the seeds' التقييم الدوري، السنوي، المرحلي، النهائي): every quarter,
 * every year, at mid-term and at the end. The slug is the kind's spelling in URLs.
 */
public enum ReportKind {
    QUARTERLY("quarterly"),
    ANNUAL("annual"),
    MID_TERM("mid-term"),
    FINAL("final");

    private final String slug;

    ReportKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<ReportKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    /** Whether the reader names the period (a quarter, a year); the others follow from the plan's dates. */
    public boolean takesPeriod() {
        return this == QUARTERLY || this == ANNUAL;
    }
}
