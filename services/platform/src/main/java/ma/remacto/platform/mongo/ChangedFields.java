package ma.remacto.platform.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The names of the fields an edit changed, for its history entry's {@code fields} ({@link History#entry}) and its
 * event: each field compared before and after, listed in the order the aggregate compares them so histories read
 * the same way every time. An empty list means the edit changes nothing (and writes nothing).
 */
public final class ChangedFields {

    private final List<String> names = new ArrayList<>();

    /** Adds {@code field} when its value before and after differ. */
    public ChangedFields compare(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            names.add(field);
        }
        return this;
    }

    public List<String> names() {
        return List.copyOf(names);
    }
}
