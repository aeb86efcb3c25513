package ma.remacto.portal.pages.backoffice;

import static ma.remacto.portal.clients.Json.string;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * The list of axes (لائحة المحاور): the priority axes of each of the member's programmes, chosen before ideas are
 * collected (seed 004), with their code, position, titles and whether they still take ideas; adding an axis to a
 * programme (a new programme starts with its first axis), correcting one, retiring and reactivating it. Ideation
 * decides; a code already used in the programme is refused on the code field. Correcting an axis sends the version
 * the page opened: if someone saved the axis meanwhile, ideation refuses (409) and the page says so, shows the axis as
 * it is saved now and keeps what was typed, with the current version, so saving again replaces that change knowingly.
 */
@Controller
public class BackOfficeAxes {

    private static final String PATH = "/{lang:ar|fr}/back-office/{member:[a-z0-9-]+}/axes";

    private final BackOffice backOffice;
    private final Services services;
    private final Messages messages;

    public BackOfficeAxes(BackOffice backOffice, Services services, Messages messages) {
        this.backOffice = backOffice;
        this.services = services;
        this.messages = messages;
    }

    /** An axis as typed. */
    public record AxisForm(String programme, String code, String position, String titleAr, String titleFr,
            boolean active) {

        Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (!position.strip().matches("[0-9]{1,2}")) {
                problems.put("position", "bo.axes.position.invalid");
            }
            return problems;
        }

        Map<String, Object> title() {
            Map<String, Object> title = new LinkedHashMap<>();
            title.put("ar", titleAr);
            title.put("fr", titleFr);
            return title;
        }

        Integer positionNumber() {
            return Integer.valueOf(position.strip());
        }
    }

    @GetMapping(PATH)
    public String list(@PathVariable String member, Model model) {
        backOffice.open(member, "axes", model);
        List<Map<String, Object>> axes = axes(member);
        String latest = latest(axes);
        return show(member, model, axes, new AxisForm(latest, "", String.valueOf(nextPosition(axes, latest)), "", "",
                true), null, Map.of());
    }

    @PostMapping(PATH)
    public String add(@PathVariable String lang, @PathVariable String member,
            @RequestParam(defaultValue = "") String programme, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String position,
            @RequestParam(name = "title.ar", defaultValue = "") String titleAr,
            @RequestParam(name = "title.fr", defaultValue = "") String titleFr, Model model) {
        backOffice.open(member, "axes", model);
        AxisForm form = new AxisForm(programme.strip(), code.strip().toUpperCase(Locale.ROOT), position, titleAr,
                titleFr, true);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return show(member, model, axes(member), form, messages.of("bo.axes.check"), messages.of(problems));
        }
        Map<String, Object> axis = new LinkedHashMap<>();
        axis.put("member", member);
        axis.put("programme", form.programme());
        axis.put("code", form.code());
        axis.put("position", form.positionNumber());
        axis.put("title", form.title());
        try {
            services.post("ideation", "/api/axes", axis);
            return "redirect:/" + lang + "/back-office/" + member + "/axes?added=" + form.code()
                    + "#programme-" + form.programme();
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            Map<String, String> errors = new LinkedHashMap<>(FieldErrors.of(refused));
            if ("axis.code-taken".equals(FieldErrors.code(refused))) {
                errors.put("code", refused.detail());
            }
            return show(member, model, axes(member), form, refused.detail(), errors);
        }
    }

    @GetMapping(PATH + "/{id:[A-Za-z0-9-]+}")
    public String axis(@PathVariable String member, @PathVariable String id, Model model) {
        backOffice.open(member, "axes", model);
        Map<String, Object> axis = axisOf(member, id);
        return edit(model, axis, formOf(axis), version(axis), null, Map.of());
    }

    @PostMapping(PATH + "/{id:[A-Za-z0-9-]+}")
    public String change(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "") String position,
            @RequestParam(name = "title.ar", defaultValue = "") String titleAr,
            @RequestParam(name = "title.fr", defaultValue = "") String titleFr,
            @RequestParam(required = false) String active, @RequestParam(defaultValue = "") String version,
            Model model) {
        backOffice.open(member, "axes", model);
        Map<String, Object> axis = axisOf(member, id);
        AxisForm form = new AxisForm(String.valueOf(axis.get("programme")), String.valueOf(axis.get("code")), position,
                titleAr, titleFr, active != null);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return edit(model, axis, form, version, messages.of("bo.axes.check"), messages.of(problems));
        }
        try {
            put(id, form, version);
            return "redirect:/" + lang + "/back-office/" + member + "/axes?changed=" + form.code()
                    + "#programme-" + form.programme();
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            if ("concurrent-change".equals(FieldErrors.code(refused))) {
                return changedMeanwhile(model, member, id, form);
            }
            return edit(model, axis, form, version, refused.detail(), FieldErrors.of(refused));
        }
    }

    /** Saved by someone else since the page opened: the axis as saved now, what was typed, the current version. */
    private String changedMeanwhile(Model model, String member, String id, AxisForm typed) {
        Map<String, Object> current = axisOf(member, id);
        model.addAttribute("saved", formOf(current));
        return edit(model, current, typed, version(current), messages.of("edits.axes.concurrent"), Map.of());
    }

    /** Retire or reactivate from the list, keeping the axis's position and titles. */
    @PostMapping(PATH + "/{id:[A-Za-z0-9-]+}/active")
    public String activate(@PathVariable String lang, @PathVariable String member, @PathVariable String id,
            @RequestParam(defaultValue = "false") String to, Model model) {
        backOffice.open(member, "axes", model);
        boolean active = "true".equals(to);
        Map<String, Object> axis = axisOf(member, id);
        AxisForm form = formOf(axis);
        form = new AxisForm(form.programme(), form.code(), form.position(), form.titleAr(), form.titleFr(), active);
        try {
            // The version just read: a change saved between that read and this write is not overwritten either.
            put(id, form, version(axis));
        } catch (Refused refused) {
            refused.rethrowUnless(400, 409, 422);
            if ("concurrent-change".equals(FieldErrors.code(refused))) {
                return changedMeanwhile(model, member, id, form);
            }
            return edit(model, axis, form, version(axis), refused.detail(), FieldErrors.of(refused));
        }
        return "redirect:/" + lang + "/back-office/" + member + "/axes?" + (active ? "reactivated=" : "retired=")
                + form.code() + "#programme-" + form.programme();
    }

    private void put(String id, AxisForm form, String version) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("position", form.positionNumber());
        change.put("title", form.title());
        change.put("active", form.active());
        services.put("ideation", "/api/axes/" + id, change, version.isBlank() ? null : version);
    }

    private String show(String member, Model model, List<Map<String, Object>> axes, AxisForm form, String refusal,
            Map<String, String> errors) {
        Map<String, List<Map<String, Object>>> byProgramme = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        axes.forEach(a -> byProgramme.computeIfAbsent(String.valueOf(a.get("programme")), p -> new java.util.ArrayList<>())
                .add(a));
        model.addAttribute("byProgramme", byProgramme);
        model.addAttribute("programmes", Programmes.choices(byProgramme.keySet(),
                LocalDate.now(Texts.CASABLANCA).getYear()));
        model.addAttribute("form", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        return "backoffice/axes";
    }

    private String edit(Model model, Map<String, Object> axis, AxisForm form, String version, String refusal,
            Map<String, String> errors) {
        model.addAttribute("axis", axis);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", null);
        }
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        return "backoffice/axis";
    }

    private static String version(Map<String, Object> axis) {
        return String.valueOf(axis.get("version"));
    }

    private static AxisForm formOf(Map<String, Object> axis) {
        Map<?, ?> title = axis.get("title") instanceof Map<?, ?> m ? m : Map.of();
        return new AxisForm(String.valueOf(axis.get("programme")), String.valueOf(axis.get("code")),
                String.valueOf(axis.get("position")), string(title.get("ar")), string(title.get("fr")),
                Boolean.TRUE.equals(axis.get("active")));
    }

    /** One of this member's axes; another member's is not found here. */
    private Map<String, Object> axisOf(String member, String id) {
        Map<String, Object> axis = services.get("ideation", "/api/axes/" + id, Map.of());
        if (!member.equals(axis.get("memberSlug"))) {
            throw new Refused.NotFound(Map.of());
        }
        return axis;
    }

    private List<Map<String, Object>> axes(String member) {
        return services.getList("ideation", "/api/axes", Map.of("member", member));
    }

    private static String latest(List<Map<String, Object>> axes) {
        List<String> known = Programmes.known(axes.stream().map(a -> a.get("programme")).toList());
        return known.isEmpty() ? Programmes.next(null, LocalDate.now(Texts.CASABLANCA).getYear()) : known.getFirst();
    }

    private static int nextPosition(List<Map<String, Object>> axes, String programme) {
        return axes.stream().filter(a -> programme.equals(a.get("programme")))
                .mapToInt(a -> a.get("position") instanceof Number n ? n.intValue() : 0).max().orElse(0) + 1;
    }
}
