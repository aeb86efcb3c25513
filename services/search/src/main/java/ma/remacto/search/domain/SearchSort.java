package ma.remacto.search.domain;

import java.util.Locale;
import java.util.Optional;

/** relevance: best match first (then newest); newest: most recently submitted first. */
public enum SearchSort {
    RELEVANCE,
    NEWEST;

    public static Optional<SearchSort> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(RELEVANCE);
        }
        for (SearchSort sort : values()) {
            if (sort.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
