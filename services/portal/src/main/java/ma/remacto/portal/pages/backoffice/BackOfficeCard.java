package ma.remacto.portal.pages.backoffice;

import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The administration's card (بطاقة الإدارة): the member as the network's directory holds it, and every change made to
 * it. Only the network's administrators change a card (the directory refuses anyone else), so the page says whom to
 * write to, and shows a network administrator the way to the admin page that edits it.
 */
@Controller
public class BackOfficeCard {

    private final BackOffice backOffice;
    private final Services services;
    private final String networkContact;

    public BackOfficeCard(BackOffice backOffice, Services services,
            @Value("${remacto.portal.network-contact:contact@remacto.ma}") String networkContact) {
        this.backOffice = backOffice;
        this.services = services;
        this.networkContact = networkContact;
    }

    @GetMapping("/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/card")
    public String card(@PathVariable String member, Model model) {
        Map<String, Object> card = backOffice.open(member, "card", model);
        model.addAttribute("regionName", nameOf(card.get("regionSlug"), card));
        model.addAttribute("provinceName", nameOf(card.get("provinceSlug"), card));
        model.addAttribute("history", services.getList("members", "/api/members/" + member + "/history", Map.of()));
        model.addAttribute("networkContact", networkContact);
        return "backoffice/card";
    }

    /** The name of the member's region or province, as the directory holds it; the slug if it has no card. */
    private Object nameOf(Object slug, Map<String, Object> card) {
        if (slug == null) {
            return null;
        }
        if (slug.equals(card.get("slug"))) {
            return card.get("name");
        }
        try {
            return services.get("members", "/api/members/" + slug, Map.of()).get("name");
        } catch (Refused.NotFound none) {
            return slug;
        }
    }
}
