package ma.remacto.portal.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Services;
import ma.remacto.portal.web.Language;
import ma.remacto.portal.web.PageModel;
import ma.remacto.portal.web.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The network's home (or a regional council's): the members by region with their profile counts, and the network's
 * statistics. On a regional portal the members service answers only the region, its provinces and communes.
 */
@Controller
public class HomePage {

    private final Services services;

    public HomePage(Services services) {
        this.services = services;
    }

    @GetMapping("/")
    public String root() {
        return "redirect:/ar/"; // Arabic first
    }

    @GetMapping({"/{lang:ar|fr}", "/{lang:ar|fr}/"})
    public String home(Model model, jakarta.servlet.http.HttpServletRequest request) {
        List<Map<String, Object>> members = services.getAll("members", "/api/members", Map.of());
        List<Regions> regions = Regions.of(members);
        model.addAttribute("regions", regions);
        model.addAttribute("map", map(regions, PageModel.languageOf(request)));
        model.addAttribute("totals", totals(members));
        model.addAttribute("statistics", services.get("ideation", "/api/ideas/statistics", Map.of()));
        return "home";
    }

    /**
     * The member map: a tile per region with its number of members, the region counted with them. A regional
     * council's portal lists one region: no map there, its list says it all.
     */
    static RegionTileMap map(List<Regions> regions, Language language) {
        if (regions.size() < 2) {
            return null;
        }
        Texts t = new Texts(language, Texts.Digits.LATN);
        return RegionTileMap.of(regions.stream().map(group -> new RegionTileMap.Region(
                String.valueOf(group.region().get("slug")), t.of(group.region().get("name")),
                1 + group.members().size())).toList());
    }

    /** Members by kind, and the sum of their profile counts. */
    static Map<String, Object> totals(List<Map<String, Object>> members) {
        Map<String, Integer> byKind = new LinkedHashMap<>(Map.of("REGION", 0, "PROVINCE", 0, "COMMUNE", 0));
        long ideas = 0;
        long projects = 0;
        for (Map<String, Object> member : members) {
            byKind.merge(String.valueOf(member.get("kind")), 1, Integer::sum);
            if (member.get("profile") instanceof Map<?, ?> profile) {
                ideas += ((Number) profile.get("ideas")).longValue();
                projects += ((Number) profile.get("projects")).longValue();
            }
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("members", members.size());
        totals.put("regions", byKind.get("REGION"));
        totals.put("provinces", byKind.get("PROVINCE"));
        totals.put("communes", byKind.get("COMMUNE"));
        totals.put("ideas", ideas);
        totals.put("projects", projects);
        return totals;
    }

    /** A region with the provinces and communes under it, in the members service's order. */
    public record Regions(Map<String, Object> region, List<Map<String, Object>> members) {

        static List<Regions> of(List<Map<String, Object>> members) {
            Map<String, Regions> byRegion = new LinkedHashMap<>();
            for (Map<String, Object> member : members) {
                if ("REGION".equals(member.get("kind"))) {
                    byRegion.put((String) member.get("slug"), new Regions(member, new ArrayList<>()));
                }
            }
            for (Map<String, Object> member : members) {
                Regions region = byRegion.get((String) member.get("regionSlug"));
                if (region != null && !"REGION".equals(member.get("kind"))) {
                    region.members().add(member);
                }
            }
            return new ArrayList<>(byRegion.values());
        }
    }

}
