package ma.remacto.portal.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Petitions to members' councils: the list with each one's signatures against its legal threshold, a petition with
 * its requests, progress (per province for a region), council steps and deadlines, and signing for a signed-in
 * citizen. The national ID number typed to sign goes straight to the petitions service, which keeps only a keyed hash
 * of it; the portal neither stores nor echoes it, even when the signature is refused.
 */
@Controller
public class PetitionPages {

    private final Services services;

    public PetitionPages(Services services) {
        this.services = services;
    }

    @GetMapping("/{lang:ar|fr}/petitions")
    public String list(@RequestParam(required = false) String status, @RequestParam(required = false) String page,
            Model model) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("status", status);
        query.put("page", PageNumber.of(page));
        query.put("size", 20);
        Map<String, Object> petitions = services.get("petitions", "/api/petitions", query);
        model.addAttribute("petitions", petitions);
        model.addAttribute("items", Services.items(petitions));
        model.addAttribute("status", status);
        return "petitions";
    }

    @GetMapping("/{lang:ar|fr}/petitions/{id}")
    public String petition(@PathVariable String id, Model model) {
        return show(id, model, null, List.of());
    }

    /** Where "sign in to sign" leads: after signing in, back to the petition's signing form. */
    @GetMapping("/{lang:ar|fr}/petitions/{id}/signature")
    public String signIn(@PathVariable String lang, @PathVariable String id) {
        return "redirect:/" + lang + "/petitions/" + id + "#sign";
    }

    @PostMapping("/{lang:ar|fr}/petitions/{id}/signature")
    public String sign(@PathVariable String lang, @PathVariable String id, @RequestParam String cnie,
            @RequestParam(required = false) String provinceSlug, @RequestParam String declaration, Model model) {
        Map<String, Object> residence = new LinkedHashMap<>();
        residence.put("provinceSlug", provinceSlug == null || provinceSlug.isBlank() ? null : provinceSlug);
        residence.put("declaration", declaration);
        try {
            services.post("petitions", "/api/petitions/" + id + "/signatures",
                    Map.of("cnie", cnie, "residence", residence));
            return "redirect:/" + lang + "/petitions/" + id + "?signed";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 429);
            return show(id, model, refused.detail(), refused.fieldErrors());
        }
    }

    private String show(String id, Model model, String refusal, List<Map<String, Object>> errors) {
        Map<String, Object> petition = services.get("petitions", "/api/petitions/" + id, Map.of());
        model.addAttribute("petition", petition);
        model.addAttribute("member", services.get("members", "/api/members/" + petition.get("member"), Map.of()));
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors.stream().map(e -> String.valueOf(e.get("message"))).toList());
        return "petition";
    }
}
