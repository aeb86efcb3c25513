package ma.remacto.portal.pages;

import static ma.remacto.portal.clients.Json.count;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Services;
import ma.remacto.portal.web.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My petitions": the petitions the signed-in person drafted as their petitioner (the petitions service's
 * {@code /api/petitions/mine}: the citizens' agent or the association, drafts included, newest first), each with its
 * member, status, signatures against the threshold, receipt number and what comes next, in words.
 *
 * <p>The petitions a person signed are not listed. A signature keeps only keyed hashes of the account and of the
 * national ID number, there to refuse a second signature; finding a person's signatures would mean scanning every
 * signature of every petition on each visit, or indexing signatures by account hash, which turns that safeguard into
 * an index of who signed what. That is a choice about sensitive data for the network to make, not a page's.
 */
@Controller
public class MyPetitions {

    static final int PAGE_SIZE = 20;

    private final Services services;
    private final MemberNames memberNames;

    public MyPetitions(Services services, MemberNames memberNames) {
        this.services = services;
        this.memberNames = memberNames;
    }

    /** What the petitioner (or the council) does next: a message key and its argument, if any. */
    public record Next(String key, Object argument) {

        /** The argument in the page's words: a date written out, a number with the reader's digits. */
        public Object shown(Texts t) {
            if (argument instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return t.date(s);
            }
            return argument instanceof Number n ? t.number(n) : argument;
        }
    }

    @GetMapping("/{lang:ar|fr}/account/petitions")
    public String mine(@RequestParam(required = false) String page, Model model) {
        Map<String, Object> petitions = services.get("petitions", "/api/petitions/mine",
                Map.of("page", PageNumber.of(page), "size", PAGE_SIZE));
        List<Map<String, Object>> items = Services.items(petitions);
        Map<Object, Next> next = new LinkedHashMap<>();
        items.forEach(p -> next.put(p.get("id"), next(p)));
        model.addAttribute("petitions", petitions);
        model.addAttribute("items", items);
        model.addAttribute("next", next);
        model.addAttribute("members", memberNames.names());
        return "my-petitions";
    }

    /** The next step of a petition as its petitioner reads it (the petitions service's life of a petition). */
    static Next next(Map<String, Object> petition) {
        String status = String.valueOf(petition.get("status"));
        Map<?, ?> signatures = petition.get("signatures") instanceof Map<?, ?> m ? m : Map.of();
        return switch (status) {
            case "DRAFT" -> new Next("my-petitions.next.DRAFT." + kind(petition), null);
            case "COLLECTING_SIGNATURES" -> {
                if (Boolean.TRUE.equals(signatures.get("thresholdReached"))) {
                    yield new Next("my-petitions.next.COLLECTING_SIGNATURES.reached", null);
                }
                long missing = count(signatures.get("required")) - count(signatures.get("count"));
                yield missing > 0 ? new Next("my-petitions.next.COLLECTING_SIGNATURES.missing", missing)
                        : new Next("my-petitions.next.COLLECTING_SIGNATURES.provinces", null);
            }
            case "FILED" -> new Next("my-petitions.next.FILED", due(petition, "INADMISSIBILITY_NOTICE"));
            case "IN_COMMITTEE" -> new Next("my-petitions.next.IN_COMMITTEE", petition.get("committee"));
            case "ON_SESSION_AGENDA" -> new Next("my-petitions.next.ON_SESSION_AGENDA", petition.get("sessionDate"));
            default -> new Next("my-petitions.next." + status, null);
        };
    }

    private static String kind(Map<String, Object> petition) {
        return petition.get("petitioner") instanceof Map<?, ?> p && "ASSOCIATION".equals(p.get("kind"))
                ? "ASSOCIATION" : "CITIZENS";
    }

    /** The due date of a petition's deadline of that kind, or null. */
    static Object due(Map<String, Object> petition, String kind) {
        if (petition.get("deadlines") instanceof List<?> deadlines) {
            for (Object d : deadlines) {
                if (d instanceof Map<?, ?> deadline && kind.equals(deadline.get("kind"))) {
                    return deadline.get("due");
                }
            }
        }
        return null;
    }
}
