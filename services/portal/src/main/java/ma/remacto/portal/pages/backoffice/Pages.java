package ma.remacto.portal.pages.backoffice;

/** A page number from a query string: anything that is not a number of 0 or more reads as the first page. */
final class Pages {

    private static final int LAST = 10_000;

    private Pages() {
    }

    static int number(String page) {
        if (page == null || !page.strip().matches("[0-9]{1,5}")) {
            return 0;
        }
        return Math.min(Integer.parseInt(page.strip()), LAST);
    }
}
