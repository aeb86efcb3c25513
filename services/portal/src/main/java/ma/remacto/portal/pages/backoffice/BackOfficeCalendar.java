package ma.remacto.portal.pages.backoffice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * The co-preparation (الإعداد المشترك) of a programme: its calendar as seed 004 sets it out, every stage with its
 * planned and actual dates, its note and its status today, and one form to set them all. The staff choose the
 * programme among those the member already has, or name the next one (a calendar is created by its first save).
 * Below the form, the calendar's history: who changed which stage's date or note, when, from what to what.
 */
@Controller
public class BackOfficeCalendar {

    private static final String PATH = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/calendar";

    private final BackOffice backOffice;
    private final Services services;
    private final Messages messages;

    public BackOfficeCalendar(BackOffice backOffice, Services services, Messages messages) {
        this.backOffice = backOffice;
        this.services = services;
        this.messages = messages;
    }

    @GetMapping(PATH)
    public String calendar(@PathVariable String member, @RequestParam(required = false) String programme,
            Model model) {
        backOffice.open(member, "calendar", model);
        List<String> calendars = calendarProgrammes(member);
        List<String> choices = programmes(member, calendars);
        String chosen = chosen(programme, calendars, choices, model);
        Map<String, Object> timeline = timeline(member, chosen);
        return show(model, choices, chosen, timeline, CalendarForm.of(timeline), null, Map.of());
    }

    @PostMapping(PATH)
    public String save(@PathVariable String lang, @PathVariable String member,
            @RequestParam Map<String, String> posted, Model model) {
        backOffice.open(member, "calendar", model);
        List<String> choices = programmes(member, calendarProgrammes(member));
        String programme = posted.get("programme");
        if (!Programmes.isPeriod(programme)) {
            return calendar(member, programme, model);
        }
        CalendarForm form = CalendarForm.from(posted);
        if (form.sent().isEmpty() && form.version().isBlank()) {
            // Nothing typed for a programme without a calendar: saving would create an empty one.
            return show(model, choices, programme, timeline(member, programme), form,
                    messages.of("bo.calendar.empty"), Map.of());
        }
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return show(model, choices, programme, timeline(member, programme), form,
                    messages.of("bo.calendar.check"), messages.of(problems));
        }
        try {
            services.put("consultations", "/api/calendars/" + member + "/" + programme, form.toRequest(),
                    form.version().isBlank() ? null : form.version());
            return "redirect:/" + lang + "/back-office/" + member + "/calendar?programme=" + programme + "&saved";
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            Map<String, Object> current = timeline(member, programme);
            String refusal = refused.detail();
            if ("concurrent-change".equals(FieldErrors.code(refused))) {
                // What was typed stays; the version becomes the current one, and the page says saving again
                // replaces the other change.
                refusal = messages.of("bo.calendar.concurrent");
                form = new CalendarForm(form.stages(), CalendarForm.of(current).version());
            }
            return show(model, choices, programme, current, form, refusal, form.errors(Forms.fieldErrors(refused)));
        }
    }

    private String show(Model model, List<String> choices, String programme, Map<String, Object> timeline,
            CalendarForm form, String refusal, Map<String, String> errors) {
        model.addAttribute("programmes", choices);
        model.addAttribute("programme", programme);
        model.addAttribute("timeline", timeline);
        model.addAttribute("form", form);
        model.addAttribute("stages", CalendarForm.STAGES);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        model.addAttribute("history", history(model, programme, timeline));
        return "backoffice/calendar";
    }

    /**
     * The programme asked for, if it is a period; else the latest with a calendar, else the latest the member's
     * axes or plans name, else the next one.
     */
    private String chosen(String asked, List<String> calendars, List<String> choices, Model model) {
        if (asked != null && !asked.isBlank()) {
            if (Programmes.isPeriod(asked.strip())) {
                return asked.strip();
            }
            model.addAttribute("programmeError", messages.of("bo.calendar.programme.invalid"));
        }
        if (!calendars.isEmpty()) {
            return calendars.getFirst();
        }
        return choices.size() > 1 ? choices.get(1) : choices.getFirst();
    }

    /** The programmes the member has a calendar for, newest first. */
    private List<String> calendarProgrammes(String member) {
        return Programmes.known(Services.items(services.get("consultations", "/api/calendars",
                Map.of("member", member, "size", 200))).stream()
                .map(t -> t.get("calendar") instanceof Map<?, ?> c ? c.get("programme") : null).toList());
    }

    /** Every programme the member's calendars, axes and plans name, and the next one. */
    private List<String> programmes(String member, List<String> calendars) {
        List<Object> named = new ArrayList<>(calendars);
        services.getList("ideation", "/api/axes", Map.of("member", member)).forEach(a -> named.add(a.get("programme")));
        Services.items(services.get("projects", "/api/plans", Map.of("member", member, "size", 200)))
                .forEach(p -> named.add(p.get("period")));
        return Programmes.choices(named, LocalDate.now(Texts.CASABLANCA).getYear());
    }

    /** The calendar's changes in the page's words; none before its first save. */
    private List<Map<String, Object>> history(Model model, String programme, Map<String, Object> timeline) {
        if (timeline == null || !(timeline.get("calendar") instanceof Map<?, ?> calendar)) {
            return List.of();
        }
        Texts t = (Texts) model.getAttribute("t");
        return CalendarHistory.readable(services.getList("consultations",
                "/api/calendars/" + calendar.get("memberSlug") + "/" + programme + "/history", Map.of()), messages::of,
                t::date);
    }

    private Map<String, Object> timeline(String member, String programme) {
        try {
            return services.get("consultations", "/api/calendars/" + member + "/" + programme, Map.of());
        } catch (Refused.NotFound none) {
            return null;
        }
    }
}
