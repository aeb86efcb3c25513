package ma.remacto.portal.pages.consultations;

import java.util.Map;

import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A member's co-preparation calendar for one programme (برنامج الإعداد المشترك): each stage, from the information
 * meeting to the council's adoption, with its planned and actual dates and its status today as the consultations
 * service computes it (done, in progress, late, planned: in words, not by colour).
 */
@Controller
public class CoPreparationCalendarPage {

    private final Services services;

    public CoPreparationCalendarPage(Services services) {
        this.services = services;
    }

    @GetMapping("/{lang:ar|fr}/members/{slug}/calendar/{programme}")
    public String calendar(@PathVariable String slug, @PathVariable String programme, Model model) {
        // The member first: an unknown member is the 404 page, whatever the programme.
        model.addAttribute("member", services.get("members", "/api/members/" + slug, Map.of()));
        model.addAttribute("timeline", services.get("consultations", "/api/calendars/" + slug + "/" + programme,
                Map.of()));
        model.addAttribute("programme", programme);
        return "co-preparation-calendar";
    }
}
