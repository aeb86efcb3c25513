package ma.remacto.portal.pages.consultations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Services;
import ma.remacto.portal.pages.PageNumber;

/**
 * Public consultations and surveys as a reader wants them: the open ones first (they can still be answered), then
 * the scheduled ones (consultations), then the closed ones and those whose summary is out, each group latest first
 * as the service sorts it. The service pages one status at a time, so a page of this order is put together from
 * the groups it straddles: at most two service pages per group, fewer once the page is full.
 */
final class OpenFirst {

    /** The order of the consultations' groups, which is also the order of the status filter links. */
    static final List<String> ORDER = List.of("OPEN", "SCHEDULED", "CLOSED", "SUMMARY_PUBLISHED");

    /** One page of a public list as a list page shows it: its items, the status filter, the paging. */
    record Listing(List<Map<String, Object>> items, String status, String member, int page, long totalItems,
            int totalPages) {

        /** The page's model: the items under {@code name}, then status, member, page and totals. */
        void into(org.springframework.ui.Model model, String name, List<String> order) {
            model.addAttribute(name, items);
            model.addAttribute("statuses", order);
            model.addAttribute("status", status);
            model.addAttribute("member", member);
            model.addAttribute("page", page);
            model.addAttribute("totalItems", totalItems);
            model.addAttribute("totalPages", totalPages);
        }
    }

    /**
     * A page of a service's public list ({@code /api/consultations}, {@code /api/surveys}) filtered by member and
     * status as the reader asked (a status outside {@code order} or a malformed slug is no filter); without a status,
     * in {@code order}.
     */
    static Listing listing(Services services, String path, List<String> order, String member, String status,
            String page, int size) {
        String chosen = status != null && order.contains(status) ? status : null;
        String memberSlug = member != null && member.matches(ConsultationPages.SLUG) ? member : null;
        int number = PageNumber.of(page);
        long total;
        List<Map<String, Object>> items;
        if (chosen != null) {
            Map<String, Object> answer = services.get("consultations", path, query(memberSlug, chosen, number, size));
            items = Services.items(answer);
            total = ConsultationPages.totalItems(answer);
        } else {
            // The groups' totals, not the unfiltered list's: staff signed in also see drafts there, which no group shows.
            total = order.stream().mapToLong(s -> ConsultationPages.totalItems(
                    services.get("consultations", path, query(memberSlug, s, 0, 1)))).sum();
            items = total == 0 ? List.of() : page((s, p, n) -> {
                Map<String, Object> answer = services.get("consultations", path, query(memberSlug, s, p, n));
                return new Slice(Services.items(answer), ConsultationPages.totalItems(answer));
            }, order, number, size);
        }
        return new Listing(items, chosen, memberSlug, number, total, PageNumber.count(total, size));
    }

    private static Map<String, Object> query(String member, String status, int page, int size) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("member", member);
        query.put("status", status);
        query.put("page", page);
        query.put("size", size);
        return query;
    }

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
        return page(source, ORDER, page, size);
    }

    /** Page {@code page} (from 0) of {@code size} records, in the groups' {@code order}. */
    static List<Map<String, Object>> page(Source source, List<String> order, int page, int size) {
        long skip = (long) page * size;
        List<Map<String, Object>> items = new ArrayList<>(size);
        for (String status : order) {
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
