package ma.remacto.portal.pages.backoffice;

import static ma.remacto.portal.clients.Json.map;
import static ma.remacto.portal.clients.Json.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * A satisfaction survey as the staff write or correct it, without JavaScript: its title and the service surveyed
 * (Arabic, French), and rows of questions, each its text, its kind (SCALE 1–5, CHOICE, TEXT) and, for a CHOICE, its
 * choices one per line ({@code Arabic | French}, French optional). The form shows a few empty rows; "add a question"
 * posts what was typed and comes back with one more. Empty rows are left out of what is sent, so the service's
 * {@code questions[i]…} fields are mapped back to the rows they came from.
 */
public record SurveyForm(String titleAr, String titleFr, String serviceAr, String serviceFr, List<Row> rows) {

    /** Empty rows a new survey starts with. */
    public static final int BLANK_ROWS = 3;
    /** The most questions a survey has (the consultations service's limit). */
    public static final int MAX_ROWS = 20;
    public static final List<String> KINDS = List.of("SCALE", "CHOICE", "TEXT");

    private static final Pattern ROW_FIELD = Pattern.compile("questions\\[(\\d{1,2})]\\.(.+)");

    /** One question as typed. */
    public record Row(String textAr, String textFr, String kind, String choices) {

        static final Row BLANK = new Row("", "", "SCALE", "");

        public boolean blank() {
            return textAr.isBlank() && textFr.isBlank() && choices.isBlank();
        }
    }

    public static SurveyForm blank() {
        return new SurveyForm("", "", "", "", java.util.Collections.nCopies(BLANK_ROWS, Row.BLANK));
    }

    /** The form filled with a survey as the service answers it (to correct a draft). */
    @SuppressWarnings("unchecked")
    public static SurveyForm of(Map<String, Object> survey) {
        List<Row> rows = new ArrayList<>();
        for (Object entry : survey.get("questions") instanceof List<?> l ? l : List.of()) {
            Map<String, Object> q = (Map<String, Object>) entry;
            Map<String, Object> text = map(q.get("text"));
            List<String> choices = new ArrayList<>();
            for (Object choice : q.get("choices") instanceof List<?> c ? c : List.of()) {
                Map<String, Object> label = map(choice);
                Object fr = label.get("fr");
                choices.add(string(label.get("ar")) + (fr == null || fr.toString().isBlank() ? "" : " | " + fr));
            }
            rows.add(new Row(string(text.get("ar")), string(text.get("fr")), string(q.get("kind")),
                    String.join("\n", choices)));
        }
        Map<String, Object> title = map(survey.get("title"));
        Map<String, Object> service = map(survey.get("service"));
        return new SurveyForm(string(title.get("ar")), string(title.get("fr")), string(service.get("ar")),
                string(service.get("fr")), rows);
    }

    /** What was posted: every row the form had, in order (rows are numbered from 0 without gaps). */
    public static SurveyForm from(MultiValueMap<String, String> posted) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && posted.containsKey("questions[" + i + "].kind"); i++) {
            String prefix = "questions[" + i + "].";
            String kind = text(posted, prefix + "kind");
            rows.add(new Row(text(posted, prefix + "text.ar"), text(posted, prefix + "text.fr"),
                    KINDS.contains(kind) ? kind : "SCALE", text(posted, prefix + "choices")));
        }
        return new SurveyForm(text(posted, "title.ar"), text(posted, "title.fr"), text(posted, "service.ar"),
                text(posted, "service.fr"), rows);
    }

    /** The same form with one more empty row (up to the service's limit). */
    public SurveyForm withRow() {
        if (rows.size() >= MAX_ROWS) {
            return this;
        }
        List<Row> more = new ArrayList<>(rows);
        more.add(Row.BLANK);
        return new SurveyForm(titleAr, titleFr, serviceAr, serviceFr, more);
    }

    public boolean full() {
        return rows.size() >= MAX_ROWS;
    }

    /** The body of {@code POST /api/surveys} (with the member) or {@code PUT /api/surveys/{id}} (member null). */
    public Map<String, Object> toRequest(String member) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (member != null) {
            body.put("member", member);
        }
        body.put("title", text(titleAr, titleFr));
        body.put("service", text(serviceAr, serviceFr));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Row row : sent()) {
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("text", text(row.textAr(), row.textFr()));
            question.put("kind", row.kind());
            List<Map<String, Object>> choices = Lines.of(row.choices()).stream()
                    .map(ConsultationForm.Line::of).map(line -> text(line.ar(), line.fr())).toList();
            question.put("choices", choices.isEmpty() ? null : choices);
            questions.add(question);
        }
        body.put("questions", questions);
        return body;
    }

    /**
     * The service's refusals by field, with {@code questions[i]} renamed to the row it came from (the i-th row that
     * was not empty), so each message sits under the field that was typed.
     */
    public Map<String, String> onRows(Map<String, String> errors) {
        List<Integer> sentRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).blank()) {
                sentRows.add(i);
            }
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            Matcher m = ROW_FIELD.matcher(field);
            String name = field;
            if (m.matches() && Integer.parseInt(m.group(1)) < sentRows.size()) {
                name = "questions[" + sentRows.get(Integer.parseInt(m.group(1))) + "]." + m.group(2);
            }
            mapped.merge(name, message, (a, b) -> a + " " + b);
        });
        return mapped;
    }

    private List<Row> sent() {
        return rows.stream().filter(row -> !row.blank()).toList();
    }

    private static Map<String, Object> text(String ar, String fr) {
        return ConsultationForm.text(ar, fr);
    }

    private static String text(MultiValueMap<String, String> posted, String name) {
        return ConsultationForm.text(posted, name);
    }
}
