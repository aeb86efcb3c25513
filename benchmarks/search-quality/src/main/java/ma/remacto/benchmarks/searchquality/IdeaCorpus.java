package ma.remacto.benchmarks.searchquality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the demo ideas (services/ideation/src/main/resources/demo/idea-batches.json), in file order. */
public final class IdeaCorpus {

    record Row(int number, String axisCode, String category, String problem, String proposedSolution, String state,
            String reason) {
    }

    record Batch(String member, String batchId, String source, List<Row> rows) {
    }

    private IdeaCorpus() {
    }

    public static List<Idea> load(Path ideaBatchesJson) throws IOException {
        JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Batch> batches = mapper.readValue(Files.readString(ideaBatchesJson), new TypeReference<List<Batch>>() {
        });
        List<Idea> ideas = new ArrayList<>();
        Map<String, Idea> byId = new LinkedHashMap<>();
        for (Batch batch : batches) {
            for (Row row : batch.rows()) {
                Idea idea = new Idea(batch.member(), row.number(), row.axisCode(), nullToEmpty(row.category()),
                        nullToEmpty(row.problem()), nullToEmpty(row.proposedSolution()));
                if (byId.put(idea.id(), idea) != null) {
                    throw new IllegalStateException("Duplicate idea " + idea.id() + " in " + ideaBatchesJson);
                }
                ideas.add(idea);
            }
        }
        return List.copyOf(ideas);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
