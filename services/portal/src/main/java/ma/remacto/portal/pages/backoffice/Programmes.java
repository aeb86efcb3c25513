package ma.remacto.portal.pages.backoffice;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A member's programme periods ({@code 2024-2025}) as the staff choose among them: the ones its axes, plans and
 * calendars already name, newest first, and the period that follows the latest (a programme being prepared, such as
 * {@code 2026-2027} after {@code 2024-2025}), which no service knows before the staff write its first stage or axis.
 */
public final class Programmes {

    private static final String PERIOD = "[0-9]{4}-[0-9]{4}";

    private Programmes() {
    }

    /** A period as the services take it: two years, the second not before the first. */
    public static boolean isPeriod(String value) {
        if (value == null || !value.matches(PERIOD)) {
            return false;
        }
        return Integer.parseInt(value.substring(5)) >= Integer.parseInt(value.substring(0, 4));
    }

    /** The periods named, without repeats, newest first (anything that is not a period is left out). */
    public static List<String> known(Collection<?> named) {
        TreeSet<String> periods = new TreeSet<>(java.util.Comparator.reverseOrder());
        named.stream().filter(Objects::nonNull).map(Object::toString).filter(Programmes::isPeriod)
                .forEach(periods::add);
        return List.copyOf(periods);
    }

    /**
     * The period after {@code latest}, as long as it: {@code 2024-2025} → {@code 2026-2027}, {@code 2022-2027} →
     * {@code 2028-2033}; with no period yet, the two years from {@code year}.
     */
    public static String next(String latest, int year) {
        if (!isPeriod(latest)) {
            return year + "-" + (year + 1);
        }
        int first = Integer.parseInt(latest.substring(0, 4));
        int last = Integer.parseInt(latest.substring(5));
        return (last + 1) + "-" + (last + 1 + (last - first));
    }

    /** The known periods and the next one, newest first. */
    public static List<String> choices(Collection<?> named, int year) {
        List<String> known = known(named);
        String next = next(known.isEmpty() ? null : known.getFirst(), year);
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(next);
        all.addAll(known);
        return List.copyOf(all);
    }
}
