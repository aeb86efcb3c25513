package ma.remacto.portal.pages.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Services;
import ma.remacto.portal.web.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Network administrators' overviews: who holds which role for which member (from identity's directory, read only),
 * and the network-wide counts of every member, sortable by column, with totals.
 */
@Controller
public class NetworkAdminPages {

    private final Services services;

    public NetworkAdminPages(Services services) {
        this.services = services;
    }

    @GetMapping("/{lang:ar|fr}/admin/roles")
    public String roles(Model model) {
        NetworkAdmins.require();
        List<Map<String, Object>> holders = services.getList("identity", "/api/roles", Map.of());
        List<Map<String, Object>> members = services.getAll("members", "/api/members", Map.of());
        List<Map<String, Object>> admins = new ArrayList<>();
        Map<String, List<Map<String, Object>>> staffByMember = new LinkedHashMap<>();
        for (Map<String, Object> holder : holders) {
            List<?> roles = holder.get("roles") instanceof List<?> r ? r : List.of();
            if (roles.contains(NetworkAdmins.ROLE)) {
                admins.add(holder);
            }
            if (holder.get("members") instanceof List<?> slugs) {
                for (Object slug : slugs) {
                    staffByMember.computeIfAbsent(String.valueOf(slug), s -> new ArrayList<>()).add(holder);
                }
            }
        }
        // Members in the directory's order, then any slug identity knows and the directory does not.
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, List<Map<String, Object>>> left = new LinkedHashMap<>(staffByMember);
        for (Map<String, Object> member : members) {
            List<Map<String, Object>> staff = left.remove(String.valueOf(member.get("slug")));
            if (staff != null) {
                groups.add(Map.of("slug", member.get("slug"), "name", member.get("name"), "staff", staff));
            }
        }
        left.forEach((slug, staff) -> groups.add(Map.of("slug", slug, "name", slug, "staff", staff)));
        model.addAttribute("admins", admins);
        model.addAttribute("groups", groups);
        model.addAttribute("membersWithoutStaff", members.size() - (groups.size() - left.size()));
        return "admin-roles";
    }

    @GetMapping("/{lang:ar|fr}/admin/statistics")
    public String statistics(@RequestParam(required = false) String sort,
            @RequestParam(required = false) String order, Model model) {
        NetworkAdmins.require();
        String column = sort != null && NetworkTable.COLUMNS.contains(sort) ? sort : "name";
        boolean ascending = order == null ? !NetworkTable.isCount(column) : "asc".equals(order);
        NetworkTable table = NetworkTable.of(services.getAll("members", "/api/members", Map.of()),
                services.getAll("consultations", "/api/consultations", Map.of()),
                services.getAll("petitions", "/api/petitions", Map.of()));
        Texts t = (Texts) model.getAttribute("t");
        model.addAttribute("rows", table.sorted(column, ascending, t::of));
        model.addAttribute("totals", table.totals());
        model.addAttribute("sort", column);
        model.addAttribute("ascending", ascending);
        model.addAttribute("columns", NetworkTable.COLUMNS);
        // Each column's link: the same column again turns the order round; another starts in its natural order.
        Map<String, String> links = new LinkedHashMap<>();
        for (String each : NetworkTable.COLUMNS) {
            links.put(each, "sort=" + each + (each.equals(column) ? "&order=" + (ascending ? "desc" : "asc") : ""));
        }
        model.addAttribute("sortLinks", links);
        return "admin-statistics";
    }
}
