package ma.remacto.portal.pages.backoffice;

import java.util.List;

/**
 * Lists typed one per line (a meeting's agenda, the organisations present, a summary's themes): blank lines and
 * surrounding spaces dropped, shown back one per line.
 */
public final class Lines {

    private Lines() {
    }

    public static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A list from a service's answer, one item per line, for a textarea. */
    public static String join(Object list) {
        if (list instanceof List<?> items) {
            return String.join("\n", items.stream().map(String::valueOf).toList());
        }
        return "";
    }
}
