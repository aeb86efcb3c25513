package ma.remacto.portal.pages.consultations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.remacto.portal.clients.Services;
import ma.remacto.portal.pages.MemberNames;
import ma.remacto.portal.web.Language;
import ma.remacto.portal.web.PageModel;
import ma.remacto.portal.web.Texts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Meetings and workshops (اللقاءات التشاورية والورشات): a month's calendar with the month's meetings as a list (the
 * list comes first, a phone reads it; the calendar table sits beside it on a wide screen), filtered by member and
 * kind; and a meeting with who came, as counts and breakdowns only, its organisations, agenda, minutes and outputs.
 */
@Controller
public class MeetingPages {

    static final List<String> KINDS = List.of("INFORMATION_MEETING", "TRAINING_WORKSHOP", "CO_PREPARATION_WORKSHOP",
            "THEMATIC_CONSULTATION", "TERRITORIAL_CONSULTATION", "COMMITTEE_MEETING");

    private final Services services;
    private final MemberNames members;

    public MeetingPages(Services services, MemberNames members) {
        this.services = services;
        this.members = members;
    }

    @GetMapping("/{lang:ar|fr}/meetings")
    public String month(@RequestParam(required = false) String month, @RequestParam(required = false) String member,
            @RequestParam(required = false) String kind, HttpServletRequest request, Model model) {
        String memberSlug = member != null && member.matches(ConsultationPages.SLUG) ? member : null;
        String kindChosen = kind != null && KINDS.contains(kind) ? kind : null;
        LocalDate today = LocalDate.now(Texts.CASABLANCA);
        YearMonth shown = MonthGrid.parse(month).orElse(null);
        List<Map<String, Object>> meetings;
        if (shown != null) {
            meetings = meetingsOf(shown, memberSlug, kindChosen);
        } else {
            // No month asked: this month, or else the month of the latest meeting, so the calendar opens on something.
            shown = YearMonth.from(today);
            meetings = meetingsOf(shown, memberSlug, kindChosen);
            if (meetings.isEmpty()) {
                Map<String, Object> query = filters(memberSlug, kindChosen);
                query.put("size", 1);
                List<Map<String, Object>> latest = Services.items(services.get("consultations", "/api/meetings", query));
                YearMonth latestMonth = latest.isEmpty() ? null
                        : MonthGrid.parse(String.valueOf(latest.get(0).get("date")).substring(0, 7)).orElse(null);
                if (latestMonth != null && !latestMonth.equals(shown)) {
                    shown = latestMonth;
                    meetings = meetingsOf(shown, memberSlug, kindChosen);
                }
            }
        }
        meetings = new ArrayList<>(meetings);
        meetings.sort(Comparator.comparing(m -> String.valueOf(m.get("date"))));
        Map<LocalDate, List<Map<String, Object>>> byDay = new LinkedHashMap<>();
        for (Map<String, Object> meeting : meetings) {
            byDay.computeIfAbsent(LocalDate.parse(String.valueOf(meeting.get("date"))), d -> new ArrayList<>())
                    .add(meeting);
        }
        Language language = PageModel.languageOf(request);
        Texts texts = (Texts) model.getAttribute("t");
        MonthGrid<Map<String, Object>> grid = MonthGrid.of(shown, byDay, today);
        model.addAttribute("grid", grid);
        model.addAttribute("days", byDay);
        model.addAttribute("meetingCount", meetings.size());
        model.addAttribute("monthTitle", MonthGrid.title(shown, language.locale(), digits(language, texts)));
        model.addAttribute("weekdays", MonthGrid.weekdays(TextStyle.FULL, language.locale()));
        model.addAttribute("weekdaysShort", MonthGrid.weekdays(TextStyle.SHORT, language.locale()));
        model.addAttribute("weekdaysNarrow", MonthGrid.weekdays(TextStyle.NARROW, language.locale()));
        model.addAttribute("members", members.all());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("member", memberSlug);
        model.addAttribute("kind", kindChosen);
        return "meetings";
    }

    @GetMapping("/{lang:ar|fr}/meetings/{id}")
    @SuppressWarnings("unchecked")
    public String meeting(@PathVariable String id, Model model) {
        Map<String, Object> meeting = services.get("consultations", "/api/meetings/" + id, Map.of());
        model.addAttribute("meeting", meeting);
        model.addAttribute("member", services.get("members", "/api/members/" + meeting.get("member"), Map.of()));
        model.addAttribute("breakdowns", Attendance.of((Map<String, Object>) meeting.get("participants")));
        return "meeting";
    }

    private List<Map<String, Object>> meetingsOf(YearMonth month, String member, String kind) {
        Map<String, Object> query = filters(member, kind);
        query.put("from", month.atDay(1).toString());
        query.put("to", month.atEndOfMonth().toString());
        return services.getAll("consultations", "/api/meetings", query);
    }

    private static Map<String, Object> filters(String member, String kind) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("member", member);
        query.put("kind", kind);
        return query;
    }

    /** The locale whose digits the page writes numbers with (the reader's choice on Arabic pages). */
    private static Locale digits(Language language, Texts texts) {
        boolean eastern = texts != null && texts.digits() == Texts.Digits.ARAB && language == Language.AR;
        return eastern ? Locale.forLanguageTag("ar-MA-u-nu-arab")
                : Locale.forLanguageTag(language.code() + "-MA-u-nu-latn");
    }
}
