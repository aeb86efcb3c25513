package ma.remacto.portal.pages.backoffice;

import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every back office page starts with: the check that the signed-in person acts for the member, the member's card
 * and the menu, whose sections follow the seeds' admin menu (news, co-preparation, axes, consultation meetings, idea
 * tracking, idea management, openness projects, action plan, execution tracking, the member's card), plus the public
 * consultations on the draft programme and, after the seeds' sections, satisfaction surveys and the petitions to
 * the member's council.
 */
@Component
public class BackOffice {

    /** The menu, in the seeds' order; each name is the path under {@code /{lang}/back-office/{member}/}. */
    public static final List<String> SECTIONS = List.of("dashboard", "calendar", "axes", "meetings", "ideas",
            "queue", "projects", "plans", "consultations", "execution", "card", "surveys", "petitions");

    private final Services services;

    public BackOffice(Services services) {
        this.services = services;
    }

    /** Opens a section of the member's back office; returns the member's card. */
    public Map<String, Object> open(String member, String section, Model model) {
        Staff staff = Staff.current().requireFor(member);
        Map<String, Object> card = services.get("members", "/api/members/" + member, Map.of());
        model.addAttribute("member", card);
        model.addAttribute("section", section);
        model.addAttribute("sections", SECTIONS);
        model.addAttribute("staff", staff);
        return card;
    }

    /**
     * A record a service answered, if it is this member's ({@code member} field): another member's is not found
     * here, so a back office address never shows one member's staff another member's record.
     */
    public static Map<String, Object> ofMember(String member, Map<String, Object> record) {
        if (!member.equals(record.get("member"))) {
            throw new Refused.NotFound(Map.of());
        }
        return record;
    }
}
