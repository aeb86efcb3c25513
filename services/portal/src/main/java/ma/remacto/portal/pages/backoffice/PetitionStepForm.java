package ma.remacto.portal.pages.backoffice;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A council step as typed on a petition's page: the step ({@code to}), its date (the bureau's decision, the referral to
 * the committee, the inscription on the agenda, the decision, the notification), and what that step names: the
 * committee, the session with its date, the decision, or the reasons of an inadmissibility. Only the step's own
 * fields are sent; the petitions service checks the rest (a date in the future, a session before its inscription).
 */
public record PetitionStepForm(String to, String date, String committee, String sessionAr, String sessionFr,
        String sessionDate, String decision, String reasons) {

    /** A step's form before anything is typed: its dates today (Casablanca), as the service would default them. */
    static PetitionStepForm blank(String to, String today) {
        return new PetitionStepForm(to, today, "", "", "", today, "", "");
    }

    static PetitionStepForm from(MultiValueMap<String, String> posted) {
        return new PetitionStepForm(value(posted, "to"), value(posted, "date"), value(posted, "committee"),
                value(posted, "session.ar"), value(posted, "session.fr"), value(posted, "sessionDate"),
                value(posted, "decision"), value(posted, "reasons"));
    }

    /** What the portal refuses before asking: a date a browser without date inputs let through (message keys). */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (CasablancaTimes.badDate(date)) {
            problems.put("date", "bo.petitions.date.invalid");
        }
        if ("ON_SESSION_AGENDA".equals(to) && CasablancaTimes.badDate(sessionDate)) {
            problems.put("sessionDate", "bo.petitions.date.invalid");
        }
        return problems;
    }

    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("date", CasablancaTimes.isoDate(date));
        switch (to) {
            case "INADMISSIBLE" -> body.put("reasons", reasons);
            case "IN_COMMITTEE" -> body.put("committee", committee);
            case "ON_SESSION_AGENDA" -> {
                Map<String, Object> session = new LinkedHashMap<>();
                session.put("ar", sessionAr);
                session.put("fr", sessionFr.isBlank() ? null : sessionFr);
                body.put("session", session);
                body.put("sessionDate", CasablancaTimes.isoDate(sessionDate));
            }
            case "DECIDED" -> body.put("decision", decision);
            default -> {
                // ADMISSIBLE and AGENT_NOTIFIED: a date only
            }
        }
        return body;
    }

    /**
     * The refusal's fields as this step's form names them ({@code ADMISSIBLE.date}): a page can hold two step forms
     * (admissible or inadmissible), and each field's id must be its own.
     */
    Map<String, String> scoped(Map<String, String> errors) {
        Map<String, String> scoped = new LinkedHashMap<>();
        errors.forEach((field, message) -> scoped.put(to + "." + field, message));
        return scoped;
    }

    static String value(MultiValueMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null ? "" : value;
    }
}
