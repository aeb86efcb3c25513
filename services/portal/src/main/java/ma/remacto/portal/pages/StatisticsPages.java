package ma.remacto.portal.pages;

import static ma.remacto.portal.clients.Json.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import ma.remacto.portal.clients.Services;
import ma.remacto.portal.web.RegionScope;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Statistics as charts, with their numbers next to each: the network's (on a regional council's portal, its
 * region's: the portal passes the scope on and every service answers for that region only) and one member's. Ideas
 * by month, state, source and (for a member) axis, who put them forward by gender, age group and participant type
 * (counted only, never shown with an idea), the programmes' and projects' progress, the participants of public
 * consultations and meetings, satisfaction surveys, petitions. Everything comes from the services' public statistics
 * and lists.
 */
@Controller
public class StatisticsPages {

    /** Months drawn in the ideas chart (the table lists them all). */
    static final int CHART_MONTHS = 24;
    /** Plans and consultations whose figures are fetched one by one: bounded, latest first. */
    static final int MAX_DETAILED = 60;

    private final Services services;
    private final MemberNames memberNames;

    public StatisticsPages(Services services, MemberNames memberNames) {
        this.services = services;
        this.memberNames = memberNames;
    }

    @GetMapping("/{lang:ar|fr}/statistics")
    public String network(Model model, HttpServletRequest request) {
        String region = RegionScope.of(request);
        model.addAttribute("scopeMember", region == null ? null : services.get("members", "/api/members/" + region, Map.of()));
        Map<String, Object> names = memberNames.names();
        model.addAttribute("names", names);
        ideas(model, Map.of());
        model.addAttribute("plans", plans(Map.of()));
        model.addAttribute("consultations", consultations(Map.of()));
        participation(model, Map.of());
        model.addAttribute("meetings", meetings(Map.of()));
        petitions(model, Map.of());
        return "statistics";
    }

    @GetMapping("/{lang:ar|fr}/members/{slug}/statistics")
    public String member(@PathVariable String slug, Model model) {
        Map<String, Object> member = services.get("members", "/api/members/" + slug, Map.of());
        model.addAttribute("member", member);
        model.addAttribute("names", Map.of(slug, member.get("name")));
        Map<String, Object> only = Map.of("member", slug);
        Map<String, Object> ideas = ideas(model, only);
        Map<String, Object> axes = new LinkedHashMap<>();
        for (Map<String, Object> axis : services.getList("ideation", "/api/axes", only)) {
            axes.putIfAbsent(String.valueOf(axis.get("code")), axis.get("title"));
        }
        model.addAttribute("axisTitles", axes);
        model.addAttribute("byAxis", Breakdown.of(map(ideas.get("byAxis")), new ArrayList<>(axes.keySet())));
        model.addAttribute("plans", plans(only));
        model.addAttribute("projects", services.getAll("projects", "/api/projects", only));
        model.addAttribute("consultations", consultations(only));
        participation(model, only);
        model.addAttribute("meetings", meetings(only));
        petitions(model, only);
        return "statistics";
    }

    private Map<String, Object> ideas(Model model, Map<String, Object> query) {
        Map<String, Object> ideas = services.get("ideation", "/api/ideas/statistics", query);
        model.addAttribute("ideas", ideas);
        model.addAttribute("byMonth", MonthlyChart.of(map(ideas.get("byMonth")), CHART_MONTHS));
        model.addAttribute("byState", Breakdown.of(map(ideas.get("byState")), Breakdown.STATES));
        model.addAttribute("bySource", Breakdown.of(map(ideas.get("bySource")), Breakdown.SOURCES));
        model.addAttribute("byGender", Breakdown.of(map(ideas.get("byGender")), Breakdown.GENDERS));
        model.addAttribute("byAgeGroup", Breakdown.of(map(ideas.get("byAgeGroup")), Breakdown.AGE_GROUPS));
        model.addAttribute("byParticipantType",
                Breakdown.of(map(ideas.get("byParticipantType")), Breakdown.PARTICIPANT_TYPES));
        return ideas;
    }

    private void petitions(Model model, Map<String, Object> query) {
        Map<String, Object> petitions = services.get("petitions", "/api/petitions/statistics", query);
        model.addAttribute("petitions", petitions);
        model.addAttribute("petitionsByStatus", Breakdown.of(map(petitions.get("byStatus")), Breakdown.PETITION_STATUSES));
        model.addAttribute("petitionsByKind",
                Breakdown.of(map(petitions.get("byPetitionerKind")), Breakdown.PETITIONER_KINDS));
    }

    /** The public programmes with their progress today (one call each, the latest first, bounded). */
    private Plans plans(Map<String, Object> query) {
        List<Map<String, Object>> all = services.getAll("projects", "/api/plans", query);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> plan : all) {
            byStatus.merge(String.valueOf(plan.get("status")), 1L, Long::sum);
            if (rows.size() < MAX_DETAILED) {
                Map<String, Object> progress = services.get("projects", "/api/plans/" + plan.get("id") + "/progress",
                        Map.of());
                Map<String, Object> row = new LinkedHashMap<>(plan);
                row.put("progress", progress.get("progress"));
                row.put("projects", progress.get("projects") instanceof List<?> l ? l.size() : 0);
                rows.add(row);
            }
        }
        return new Plans(all.size(), Breakdown.of(byStatus, Breakdown.PLAN_STATUSES), rows);
    }

    public record Plans(int total, Breakdown byStatus, List<Map<String, Object>> rows) {

        public long projects() {
            return rows.stream().mapToLong(r -> ((Number) r.get("projects")).longValue()).sum();
        }
    }

    /** Public consultations with their live figures (participants, contributions), latest first, bounded. */
    private List<Map<String, Object>> consultations(Map<String, Object> query) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> consultation : services.getAll("consultations", "/api/consultations", query)) {
            if (rows.size() >= MAX_DETAILED) {
                break;
            }
            Map<String, Object> row = new LinkedHashMap<>(consultation);
            row.put("statistics", services.get("consultations",
                    "/api/consultations/" + consultation.get("id") + "/statistics", Map.of()));
            rows.add(row);
        }
        return rows;
    }

    /**
     * Everyone who took part in public consultations and answered satisfaction surveys: of a member, or (no query)
     * of the network, which on a regional portal the consultations service narrows to the region.
     */
    private void participation(Model model, Map<String, Object> query) {
        Map<String, Object> consultations = services.get("consultations", "/api/consultations/statistics", query);
        model.addAttribute("participants", participants(map(consultations.get("participants"))));
        model.addAttribute("surveys", services.get("consultations", "/api/surveys/results", query));
    }

    static Participants participants(Map<String, Object> participants) {
        return new Participants(participants.get("total") instanceof Number n ? n.longValue() : 0,
                Breakdown.of(map(participants.get("byGender")), Breakdown.GENDERS),
                Breakdown.of(map(participants.get("byAgeGroup")), Breakdown.AGE_GROUPS),
                Breakdown.of(map(participants.get("byParticipantType")), Breakdown.PARTICIPANT_TYPES));
    }

    public record Participants(long total, Breakdown byGender, Breakdown byAgeGroup, Breakdown byParticipantType) {
    }

    /** Meetings and workshops: how many of each kind and their participants. */
    private Meetings meetings(Map<String, Object> query) {
        Map<String, Long> count = new LinkedHashMap<>();
        Map<String, Long> participants = new LinkedHashMap<>();
        Map<String, Long> byGender = new LinkedHashMap<>();
        long total = 0;
        List<Map<String, Object>> all = services.getAll("consultations", "/api/meetings", query);
        for (Map<String, Object> meeting : all) {
            String kind = String.valueOf(meeting.get("kind"));
            Map<String, Object> people = map(meeting.get("participants"));
            long n = people.get("total") instanceof Number v ? v.longValue() : 0;
            count.merge(kind, 1L, Long::sum);
            participants.merge(kind, n, Long::sum);
            total += n;
            map(people.get("byGender")).forEach((k, v) -> byGender.merge(k, ((Number) v).longValue(), Long::sum));
        }
        List<String> kinds = List.of("INFORMATION_MEETING", "TRAINING_WORKSHOP", "CO_PREPARATION_WORKSHOP",
                "THEMATIC_CONSULTATION", "TERRITORIAL_CONSULTATION", "COMMITTEE_MEETING");
        return new Meetings(all.size(), total, Breakdown.of(count, kinds), Breakdown.of(participants, kinds),
                Breakdown.of(byGender, Breakdown.GENDERS));
    }

    public record Meetings(int count, long participants, Breakdown byKind, Breakdown participantsByKind,
            Breakdown byGender) {

        public long participantsOf(String kind) {
            return participantsByKind.rows().stream().filter(r -> r.key().equals(kind)).mapToLong(Breakdown.Row::count)
                    .sum();
        }
    }
}
