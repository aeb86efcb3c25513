package ma.remacto.portal.pages.backoffice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.remacto.portal.clients.Services;

import org.springframework.stereotype.Component;

/**
 * A member's petitions as its council handles them: filed and beyond (the public list never shows drafts, and a
 * petition still collecting signatures is not yet the council's), those with an overdue legal deadline first, then
 * those waiting for a council step, then the rest, newest filed first. A member's petitions are few, so they are read
 * whole and ordered here: the petitions service lists by id and knows nothing of what is late.
 */
@Component
public class CouncilPetitions {

    /** The statuses the council handles, in the order a petition moves through them. */
    public static final List<String> HANDLED = List.of("FILED", "ADMISSIBLE", "INADMISSIBLE", "IN_COMMITTEE",
            "ON_SESSION_AGENDA", "DECIDED", "AGENT_NOTIFIED");

    /** The council's steps the law allows from each status (the petitions service refuses any other). */
    static final Map<String, List<String>> NEXT = Map.of(
            "FILED", List.of("ADMISSIBLE", "INADMISSIBLE"),
            "ADMISSIBLE", List.of("IN_COMMITTEE"),
            "IN_COMMITTEE", List.of("ON_SESSION_AGENDA"),
            "ON_SESSION_AGENDA", List.of("DECIDED"),
            "DECIDED", List.of("AGENT_NOTIFIED"),
            "INADMISSIBLE", List.of("AGENT_NOTIFIED"));

    private static final Set<String> FILED_AND_BEYOND = Set.copyOf(HANDLED);

    private final Services services;

    public CouncilPetitions(Services services) {
        this.services = services;
    }

    /** The member's petitions in the council's hands, overdue first (a status of {@link #HANDLED}, or all). */
    public List<Map<String, Object>> of(String member, String status) {
        return handled(services.getAll("petitions", "/api/petitions", Map.of("member", member,
                "status", handles(status) ? status : "")));
    }

    /** Whether a status read from a link is one the council handles (anything else lists them all). */
    public static boolean handles(String status) {
        return status != null && HANDLED.contains(status);
    }

    /** Filed and beyond, overdue first, then waiting for the council, then the newest filed. */
    static List<Map<String, Object>> handled(List<Map<String, Object>> petitions) {
        return petitions.stream()
                .filter(p -> FILED_AND_BEYOND.contains(String.valueOf(p.get("status"))))
                .sorted(Comparator.comparing((Map<String, Object> p) -> !overdue(p))
                        .thenComparing(p -> !waiting(p))
                        .thenComparing(p -> p.get("filedOn") == null ? "" : p.get("filedOn").toString(),
                                Comparator.reverseOrder()))
                .toList();
    }

    /** The steps offered on a petition now. */
    public static List<String> next(Map<String, Object> petition) {
        return NEXT.getOrDefault(String.valueOf(petition.get("status")), List.of());
    }

    /** Whether the council has a step to record. */
    public static boolean waiting(Map<String, Object> petition) {
        return !next(petition).isEmpty();
    }

    /** Whether a legal deadline passed without being met. */
    public static boolean overdue(Map<String, Object> petition) {
        return petition.get("deadlines") instanceof List<?> deadlines
                && deadlines.stream().anyMatch(d -> d instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("overdue")));
    }
}
