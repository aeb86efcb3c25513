package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A petition the council received before the platform, as the seed's table of petitions lists them: the association
 * that filed it, its subject and requests, the bureau's remarks, the committee and its recommendation, the session,
 * the dates known and where it got to. The petitions service rebuilds its steps from the status chosen.
 */
public record PastPetitionForm(Map<String, String> values) {

    /** Every field, in the form's order; the names are the service's (a refusal names the same field). */
    static final List<String> TEXTS = List.of("associationName", "title.ar", "title.fr", "subject", "requests",
            "remarks", "committee", "committeeRecommendation", "session.ar", "session.fr", "decision",
            "inadmissibilityReasons");
    static final List<String> DATES = List.of("filedOn", "admissibleOn", "sessionDate", "decidedOn", "agentNotifiedOn");

    static PastPetitionForm blank() {
        Map<String, String> values = new LinkedHashMap<>();
        TEXTS.forEach(name -> values.put(name, ""));
        DATES.forEach(name -> values.put(name, ""));
        values.put("status", "DECIDED");
        return new PastPetitionForm(values);
    }

    static PastPetitionForm from(MultiValueMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        TEXTS.forEach(name -> values.put(name, PetitionStepForm.value(posted, name)));
        DATES.forEach(name -> values.put(name, PetitionStepForm.value(posted, name)));
        values.put("status", PetitionStepForm.value(posted, "status"));
        return new PastPetitionForm(values);
    }

    /** What was typed in a field, for the form (empty when nothing). */
    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    /** Dates a browser without date inputs let through that are not dates (message keys). */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        DATES.stream().filter(name -> CasablancaTimes.badDate(get(name)))
                .forEach(name -> problems.put(name, "bo.petitions.date.invalid"));
        return problems;
    }

    Map<String, Object> toRequest(String member) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("member", member);
        body.put("associationName", get("associationName"));
        body.put("title", text("title"));
        body.put("subject", get("subject"));
        body.put("requests", Lines.of(get("requests")));
        for (String name : List.of("remarks", "committee", "committeeRecommendation", "decision",
                "inadmissibilityReasons")) {
            body.put(name, blankToNull(get(name)));
        }
        body.put("session", get("session.ar").isBlank() && get("session.fr").isBlank() ? null : text("session"));
        DATES.forEach(name -> body.put(name, CasablancaTimes.isoDate(get(name))));
        body.put("status", get("status"));
        return body;
    }

    private Map<String, Object> text(String name) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("ar", get(name + ".ar"));
        text.put("fr", blankToNull(get(name + ".fr")));
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
