package ma.remacto.portal.pages.consultations;

/** A page number as a reader's link or typing gives it: anything that is not one reads as the first page. */
final class Paging {

    /** Far beyond any list of the platform; keeps page × size well inside an int. */
    static final int LAST = 100_000;

    private Paging() {
    }

    static int page(String value) {
        if (value == null || !value.matches("\\d{1,6}")) {
            return 0;
        }
        return Math.min(Integer.parseInt(value), LAST);
    }

    static int totalPages(long totalItems, int size) {
        return (int) Math.min(LAST, (totalItems + size - 1) / size);
    }
}
