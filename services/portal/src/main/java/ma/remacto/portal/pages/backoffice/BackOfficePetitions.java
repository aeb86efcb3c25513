package ma.remacto.portal.pages.backoffice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;
import ma.remacto.portal.pages.MemberNames;
import ma.remacto.portal.pages.PageNumber;
import ma.remacto.portal.web.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Petitions (العرائض) as the member's council handles them under organic laws 111.14, 112.14 and 113.14: the list of
 * filed petitions with their receipt numbers, signatures and legal deadlines, overdue ones first; a petition's page
 * with everything the bureau, the committee and the session need and the one or two steps the law allows next,
 * recorded on the version the staff saw; and recording a petition received before the platform. The petitions
 * service decides every step; its refusals come back on the field they name, with what was typed kept.
 */
@Controller
public class BackOfficePetitions {

    static final String PATH = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/petitions";
    static final String SECTION = "petitions";
    private static final int PAGE_SIZE = 20;
    /** The history's actors who are not the member's staff: the petitioner, whose account is never shown. */
    private static final List<String> STAFF_ROLES = List.of("POINT_OF_CONTACT", "COMMITTEE_MEMBER", "NETWORK_ADMIN");

    private final BackOffice backOffice;
    private final Services services;
    private final CouncilPetitions petitions;
    private final MemberNames memberNames;
    private final Messages messages;

    public BackOfficePetitions(BackOffice backOffice, Services services, CouncilPetitions petitions,
            MemberNames memberNames, Messages messages) {
        this.backOffice = backOffice;
        this.services = services;
        this.petitions = petitions;
        this.memberNames = memberNames;
        this.messages = messages;
    }

    @GetMapping(PATH)
    public String list(@PathVariable String member, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, Model model) {
        backOffice.open(member, SECTION, model);
        String chosen = CouncilPetitions.handles(status) ? status : "";
        List<Map<String, Object>> all = petitions.of(member, chosen);
        int pages = Math.max(1, PageNumber.count(all.size(), PAGE_SIZE));
        int current = Math.min(PageNumber.of(page), pages - 1);
        model.addAttribute("items", all.subList(current * PAGE_SIZE, Math.min(all.size(), (current + 1) * PAGE_SIZE)));
        model.addAttribute("total", all.size());
        model.addAttribute("overdue", all.stream().filter(CouncilPetitions::overdue).count());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", CouncilPetitions.HANDLED);
        return "backoffice/petitions";
    }

    @GetMapping(PATH + "/{id:[A-Za-z0-9-]+}")
    public String petition(@PathVariable String member, @PathVariable String id, Model model) {
        backOffice.open(member, SECTION, model);
        return show(petitionOf(member, id), model, null, null, Map.of());
    }

    @PostMapping(PATH + "/{id:[A-Za-z0-9-]+}/steps")
    public String step(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam MultiValueMap<String, String> posted, Model model) {
        backOffice.open(member, SECTION, model);
        Map<String, Object> petition = petitionOf(member, id);
        PetitionStepForm form = PetitionStepForm.from(posted);
        if (!CouncilPetitions.next(petition).contains(form.to())) {
            // The page was older than the petition (someone recorded a step meanwhile): show it as it is now.
            return show(petition, model, null, messages.of("bo.petitions.step.gone"), Map.of());
        }
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return show(petition, model, form, messages.of("bo.petitions.check"), form.scoped(messages.of(problems)));
        }
        try {
            services.post("petitions", "/api/petitions/" + id + "/steps", form.toRequest(),
                    PetitionStepForm.value(posted, "version"));
            return "redirect:/" + lang + "/back-office/" + member + "/petitions/" + id + "?recorded=" + form.to();
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return show(petitionOf(member, id), model, form, refused.detail(), form.scoped(FieldErrors.of(refused)));
        }
    }

    @GetMapping(PATH + "/past")
    public String past(@PathVariable String member, Model model) {
        backOffice.open(member, SECTION, model);
        return pastForm(model, PastPetitionForm.blank(), null, Map.of());
    }

    @PostMapping(PATH + "/past")
    public String recordPast(@PathVariable String lang, @PathVariable String member,
            @RequestParam MultiValueMap<String, String> posted, Model model) {
        backOffice.open(member, SECTION, model);
        PastPetitionForm form = PastPetitionForm.from(posted);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return pastForm(model, form, messages.of("bo.petitions.check"), messages.of(problems));
        }
        try {
            Map<String, Object> petition = services.post("petitions", "/api/petitions/past", form.toRequest(member));
            return "redirect:/" + lang + "/back-office/" + member + "/petitions/" + petition.get("id") + "?recorded";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return pastForm(model, form, refused.detail(), FieldErrors.of(refused));
        }
    }

    private String show(Map<String, Object> petition, Model model, PetitionStepForm typed, String refusal,
            Map<String, String> errors) {
        String id = String.valueOf(petition.get("id"));
        String today = LocalDate.now(Texts.CASABLANCA).toString();
        Map<String, PetitionStepForm> forms = new LinkedHashMap<>();
        for (String step : CouncilPetitions.next(petition)) {
            forms.put(step, typed != null && step.equals(typed.to()) ? typed : PetitionStepForm.blank(step, today));
        }
        model.addAttribute("petition", petition);
        model.addAttribute("forms", forms);
        model.addAttribute("overdue", CouncilPetitions.overdue(petition));
        model.addAttribute("members", memberNames.names());
        model.addAttribute("history", withoutPetitionersAccount(services.getList("petitions",
                "/api/petitions/" + id + "/history", Map.of())));
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        return "backoffice/petition";
    }

    private String pastForm(Model model, PastPetitionForm form, String refusal, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("statuses", CouncilPetitions.HANDLED);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        return "backoffice/petition-past";
    }

    /**
     * The history as the staff read it: the petitioner's own entries (drafting, opening, filing) name "the
     * petitioner", never the account of the citizens' agent or of the association, which the service keeps for audit.
     */
    private List<Map<String, Object>> withoutPetitionersAccount(List<Map<String, Object>> history) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Map<String, Object> entry : history) {
            boolean staff = entry.get("actorRoles") instanceof List<?> roles
                    && roles.stream().anyMatch(r -> STAFF_ROLES.contains(String.valueOf(r)));
            Map<String, Object> copy = new LinkedHashMap<>(entry);
            if (!staff) {
                copy.put("actor", messages.of("bo.petitions.petitioner"));
            }
            shown.add(copy);
        }
        return shown;
    }

    /** One of this member's petitions; another member's (or a draft, which the staff never see) is not found here. */
    private Map<String, Object> petitionOf(String member, String id) {
        return BackOffice.ofMember(member, services.get("petitions", "/api/petitions/" + id, Map.of()));
    }
}
