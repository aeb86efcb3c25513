package ma.remacto.portal.pages.consultations;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Component;

/**
 * The members a list page names and filters by: every member of the portal's scope (a regional portal: its region's,
 * as the members service answers it), slug to bilingual name, in the directory's order.
 */
@Component
class MemberNames {

    private final Services services;

    MemberNames(Services services) {
        this.services = services;
    }

    /** Slug to the member's card, in the directory's order (regions, provinces, communes). */
    Map<String, Map<String, Object>> all() {
        Map<String, Map<String, Object>> members = new LinkedHashMap<>();
        for (Map<String, Object> member : services.getAll("members", "/api/members", Map.of())) {
            members.put(String.valueOf(member.get("slug")), member);
        }
        return members;
    }
}
