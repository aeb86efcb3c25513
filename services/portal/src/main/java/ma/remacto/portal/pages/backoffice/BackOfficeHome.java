package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The way into a member's back office (straight to it for staff of one member, a choice for staff of several and for
 * network admins) and its first page, the news (المستجدات): what waits for the staff (ideas to process, open
 * consultations, late activities, petitions waiting for a council step or past a legal deadline) and the member's
 * figures.
 */
@Controller
public class BackOfficeHome {

    /** Open ideas, in the order they move: what the staff still has to decide. */
    static final List<String> OPEN_STATES = List.of("RECEIVED", "IN_PROCESSING", "WITH_COMMITTEE");

    private final BackOffice backOffice;
    private final Services services;
    private final CouncilPetitions petitions;

    public BackOfficeHome(BackOffice backOffice, Services services, CouncilPetitions petitions) {
        this.backOffice = backOffice;
        this.services = services;
        this.petitions = petitions;
    }

    @GetMapping("/{lang:ar|fr}/back-office")
    public String choose(@PathVariable String lang, Model model) {
        Staff staff = Staff.current();
        if (!staff.isNetworkAdmin() && staff.members().size() == 1) {
            return "redirect:/" + lang + "/back-office/" + staff.members().getFirst();
        }
        List<Map<String, Object>> members = staff.isNetworkAdmin()
                ? services.getAll("members", "/api/members", Map.of("status", "ACTIVE"))
                : staff.members().stream().filter(staff::actsFor)
                        .map(slug -> services.get("members", "/api/members/" + slug, Map.of())).toList();
        model.addAttribute("members", members);
        return "backoffice/choose";
    }

    @GetMapping("/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}")
    public String dashboard(@PathVariable String member, Model model) {
        backOffice.open(member, "dashboard", model);
        Map<String, Object> statistics = services.get("ideation", "/api/ideas/statistics", Map.of("member", member));
        model.addAttribute("statistics", statistics);
        Map<String, Object> byState = statistics.get("byState") instanceof Map<?, ?> m ? cast(m) : Map.of();
        Map<String, Object> waiting = new LinkedHashMap<>();
        OPEN_STATES.forEach(state -> waiting.put(state, byState.getOrDefault(state, 0)));
        model.addAttribute("waiting", waiting);
        List<Map<String, Object>> plans = Services.items(services.get("projects", "/api/plans",
                Map.of("member", member, "size", 20)));
        model.addAttribute("plans", plans);
        Map<String, Object> current = plans.stream().filter(p -> !"CLOSED".equals(p.get("status"))).findFirst()
                .orElse(null);
        model.addAttribute("currentPlan", current);
        model.addAttribute("progress", current == null ? null
                : services.get("projects", "/api/plans/" + current.get("id") + "/progress", Map.of()));
        model.addAttribute("consultations", Services.items(services.get("consultations", "/api/consultations",
                Map.of("member", member, "status", "OPEN", "size", 20))));
        model.addAttribute("surveys", Services.items(services.get("consultations", "/api/surveys",
                Map.of("member", member, "status", "OPEN", "size", 20))));
        // Petitions waiting for a council step, those past a legal deadline first.
        List<Map<String, Object>> waitingPetitions = petitions.of(member, "").stream().filter(CouncilPetitions::waiting)
                .toList();
        model.addAttribute("petitions", waitingPetitions);
        model.addAttribute("overduePetitions", waitingPetitions.stream().filter(CouncilPetitions::overdue)
                .map(p -> p.get("id")).toList());
        return "backoffice/dashboard";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
