package ma.remacto.portal.pages.backoffice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.pages.PageNumber;
import ma.remacto.portal.clients.Refused;
import ma.remacto.portal.clients.Services;
import ma.remacto.portal.web.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Managing consultation meetings (تدبير اللقاءات التشاورية): the member's meetings and workshops, newest first, and
 * the form that records one or corrects it (kind, title, date, place, programme, participants as counts with their
 * breakdowns, organisations present, agenda, minutes, outputs). A correction carries the version the staff opened,
 * so a change someone else saved meanwhile is not silently overwritten.
 */
@Controller
public class BackOfficeMeetings {

    static final String PATH = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/meetings";
    private static final int PAGE_SIZE = 20;

    private final BackOffice backOffice;
    private final Services services;
    private final Messages messages;

    public BackOfficeMeetings(BackOffice backOffice, Services services, Messages messages) {
        this.backOffice = backOffice;
        this.services = services;
        this.messages = messages;
    }

    @GetMapping(PATH)
    public String list(@PathVariable String member, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") String page, Model model) {
        backOffice.open(member, "meetings", model);
        String chosenKind = kind != null && MeetingForm.KINDS.contains(kind) ? kind : "";
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("member", member);
        query.put("kind", chosenKind);
        query.put("page", PageNumber.of(page));
        query.put("size", PAGE_SIZE);
        Map<String, Object> meetings = services.get("consultations", "/api/meetings", query);
        model.addAttribute("meetings", meetings);
        model.addAttribute("items", Services.items(meetings));
        model.addAttribute("kinds", MeetingForm.KINDS);
        model.addAttribute("kind", chosenKind);
        return "backoffice/meetings";
    }

    @GetMapping(PATH + "/new")
    public String create(@PathVariable String member, Model model) {
        backOffice.open(member, "meetings", model);
        List<String> programmes = programmes(member);
        return form(model, null, MeetingForm.blank(programmes.size() > 1 ? programmes.get(1) : ""), programmes, null,
                Map.of());
    }

    @PostMapping(PATH + "/new")
    public String record(@PathVariable String lang, @PathVariable String member,
            @RequestParam Map<String, String> posted, Model model) {
        backOffice.open(member, "meetings", model);
        MeetingForm form = MeetingForm.from(posted);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return form(model, null, form, programmes(member), messages.of("bo.meetings.check"), messages.of(problems));
        }
        try {
            Map<String, Object> meeting = services.post("consultations", "/api/meetings", form.toRequest(member));
            return "redirect:/" + lang + "/back-office/" + member + "/meetings/" + meeting.get("id") + "?recorded";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            return form(model, null, form, programmes(member), refused.detail(), FieldErrors.of(refused));
        }
    }

    @GetMapping(PATH + "/{id:[A-Za-z0-9-]+}/edit")
    public String edit(@PathVariable String member, @PathVariable String id, Model model) {
        backOffice.open(member, "meetings", model);
        Map<String, Object> meeting = meetingOf(services, member, id);
        return form(model, meeting, MeetingForm.of(meeting), programmes(member), null, Map.of());
    }

    @PostMapping(PATH + "/{id:[A-Za-z0-9-]+}/edit")
    public String correct(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam Map<String, String> posted, Model model) {
        backOffice.open(member, "meetings", model);
        Map<String, Object> meeting = meetingOf(services, member, id);
        MeetingForm form = MeetingForm.from(posted);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return form(model, meeting, form, programmes(member), messages.of("bo.meetings.check"),
                    messages.of(problems));
        }
        try {
            services.put("consultations", "/api/meetings/" + id, form.toRequest(member),
                    form.version().isBlank() ? null : form.version());
            return "redirect:/" + lang + "/back-office/" + member + "/meetings/" + id + "?corrected";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            if ("concurrent-change".equals(FieldErrors.code(refused))) {
                // Someone saved the meeting since this form was opened: what was typed stays on the form, the
                // page says so and links to the meeting as it is now; sending again replaces that change knowingly.
                Map<String, Object> current = meetingOf(services, member, id);
                model.addAttribute("concurrent", true);
                return form(model, current, form.withVersion(current.get("version")), programmes(member),
                        messages.of("bo.meetings.concurrent"), Map.of());
            }
            return form(model, meeting, form, programmes(member), refused.detail(), FieldErrors.of(refused));
        }
    }

    private String form(Model model, Map<String, Object> meeting, MeetingForm form, List<String> programmes,
            String refusal, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("kinds", MeetingForm.KINDS);
        model.addAttribute("breakdowns", MeetingForm.BREAKDOWNS);
        model.addAttribute("programmes", programmes);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("concurrent")) {
            model.addAttribute("concurrent", false);
        }
        return "backoffice/meeting-form";
    }

    /** The member's programmes (its axes' and plans'), and the next one, for the programme field's suggestions. */
    private List<String> programmes(String member) {
        List<Object> named = new java.util.ArrayList<>();
        services.getList("ideation", "/api/axes", Map.of("member", member)).forEach(a -> named.add(a.get("programme")));
        Services.items(services.get("projects", "/api/plans", Map.of("member", member, "size", 200)))
                .forEach(p -> named.add(p.get("period")));
        return Programmes.choices(named, LocalDate.now(Texts.CASABLANCA).getYear());
    }

    /** One of this member's meetings; another member's is not found here. */
    static Map<String, Object> meetingOf(Services services, String member, String id) {
        return BackOffice.ofMember(member, services.get("consultations", "/api/meetings/" + id, Map.of()));
    }
}
