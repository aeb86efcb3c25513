package ma.remacto.portal.pages;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Component;

/**
 * The members a page names and filters by: every member of the portal's scope (a regional portal: its region's,
 * as the members service answers it), in the directory's order, from one list call rather than one call per row.
 */
@Component
public class MemberNames {

    private final Services services;

    public MemberNames(Services services) {
        this.services = services;
    }

    /** Slug to the member's card, in the directory's order (regions, provinces, communes). */
    public Map<String, Map<String, Object>> all() {
        Map<String, Map<String, Object>> members = new LinkedHashMap<>();
        for (Map<String, Object> member : services.getAll("members", "/api/members", Map.of())) {
            members.put(String.valueOf(member.get("slug")), member);
        }
        return members;
    }

    /** Slug to the member's bilingual name. */
    public Map<String, Object> names() {
        return namesOf(all().values());
    }

    /** Slug to bilingual name of the given members, in their order. */
    public static Map<String, Object> namesOf(Collection<Map<String, Object>> members) {
        Map<String, Object> names = new LinkedHashMap<>();
        members.forEach(member -> names.put(String.valueOf(member.get("slug")), member.get("name")));
        return names;
    }
}
