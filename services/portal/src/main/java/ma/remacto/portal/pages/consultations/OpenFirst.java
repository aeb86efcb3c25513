package ma.remacto.portal.pages.consultations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public consultations as a reader wants them: the open ones first (they can still be answered), then the
 * scheduled ones, then the closed ones and those whose summary is out, each group latest window first as the
 * service sorts it. The service pages one status at a time, so a page of this order is put together from the
 * groups it straddles: at most two service pages per group, fewer once the page is full.
 */
final class OpenFirst {

    /** The order of the groups, which is also the order of the status filter links. */
    static final List<String> ORDER = List.of("OPEN", "SCHEDULED", "CLOSED", "SUMMARY_PUBLISHED");

    /** One page of a service's list: its items and how many the whole list holds. */
    record Slice(List<Map<String, Object>> items, long total) {
    }

    /** A service's list of one status, paged as the service pages it. */
    interface Source {
        Slice page(String status, int page, int size);
    }

    private OpenFirst() {
    }

    /** Page {@code page} (from 0) of {@code size} consultations, open ones first. */
    static List<Map<String, Object>> page(Source source, int page, int size) {
        long skip = (long) page * size;
        List<Map<String, Object>> items = new ArrayList<>(size);
        for (String status : ORDER) {
            if (items.size() == size) {
                break;
            }
            // Where this page starts inside the group: the service page holding that position, then the next one.
            int servicePage = (int) (skip / size);
            Slice slice = source.page(status, servicePage, size);
            if (skip >= slice.total()) {
                skip -= slice.total();
                continue;
            }
            take(items, slice.items(), (int) (skip % size), size);
            if (items.size() < size && (long) (servicePage + 1) * size < slice.total()) {
                take(items, source.page(status, servicePage + 1, size).items(), 0, size);
            }
            skip = 0;
        }
        return items;
    }

    private static void take(List<Map<String, Object>> into, List<Map<String, Object>> from, int start, int size) {
        for (int i = start; i < from.size() && into.size() < size; i++) {
            into.add(from.get(i));
        }
    }
}
