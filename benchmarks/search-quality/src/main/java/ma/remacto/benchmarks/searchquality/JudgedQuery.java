package ma.remacto.benchmarks.searchquality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judged query of queries.tsv: {@code id <TAB> query <TAB> tags <TAB> member:number=grade … [<TAB> note]}.
 * Grades are 1 (relevant) or 2 (highly relevant); unlisted ideas are 0.
 */
public record JudgedQuery(String id, String text, List<String> tags, Map<String, Integer> grades, String note) {

    public boolean french() {
        return tags.contains("french");
    }

    public static List<JudgedQuery> load(Path tsv) throws IOException {
        return parse(Files.readAllLines(tsv, StandardCharsets.UTF_8));
    }

    static List<JudgedQuery> parse(List<String> lines) {
        List<JudgedQuery> queries = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 4 || fields.length > 5) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected 4 or 5 TAB-separated fields, got "
                        + fields.length + ": " + line);
            }
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String judgement : fields[3].trim().split("\\s+")) {
                int eq = judgement.lastIndexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("line " + lineNumber + ": bad judgement " + judgement);
                }
                int grade = Integer.parseInt(judgement.substring(eq + 1));
                if (grade < 1 || grade > 2) {
                    throw new IllegalArgumentException("line " + lineNumber + ": grade must be 1 or 2: " + judgement);
                }
                if (grades.put(judgement.substring(0, eq), grade) != null) {
                    throw new IllegalArgumentException("line " + lineNumber + ": idea judged twice: " + judgement);
                }
            }
            List<String> tags = Arrays.stream(fields[2].split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
            queries.add(new JudgedQuery(fields[0].trim(), fields[1].trim(), tags, Map.copyOf(grades),
                    fields.length == 5 ? fields[4].trim() : ""));
        }
        return List.copyOf(queries);
    }
}
