package ma.remacto.portal.pages;

/**
 * A page number from a link's query: whatever a reader (or a crawler) puts there, the page shows a list, never an
 * error. Not a number, negative or absurdly deep reads as the nearest sensible page.
 */
public final class PageNumber {

    /** Deeper than any list of the platform; keeps {@code page * size} far from overflowing. */
    public static final int MAX = 10_000;

    private PageNumber() {
    }

    public static int of(String value) {
        if (value == null || value.isBlank() || value.length() > 9) {
            return value != null && value.strip().matches("\\d+") ? MAX : 0;
        }
        try {
            return Math.max(0, Math.min(MAX, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** How many pages a list of {@code totalItems} makes, never more than can be asked for. */
    public static int count(long totalItems, int size) {
        return (int) Math.min(MAX, (totalItems + size - 1) / size);
    }
}
