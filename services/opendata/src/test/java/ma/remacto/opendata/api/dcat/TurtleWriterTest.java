package ma.remacto.opendata.api.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Turtle writer's escaping and shapes. */
class TurtleWriterTest {

    @Test
    void escapesLiteralsAndIrisAndNestsBlankNodes() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", "https://example.org/a b");
        node.put("@type", "dcat:Dataset");
        node.put("dct:title", List.of(Map.of("@value", "say \"hi\"\nnow \\", "@language", "fr")));
        node.put("dcat:keyword", List.of());
        node.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", DcatGraph.CONTEXT);
        document.put("@graph", List.of(node));
        String turtle = TurtleWriter.write(document);
        assertThat(turtle).contains("<https://example.org/a%20b>", "\"say \\\"hi\\\"\\nnow \\\\\"@fr",
                "dct:temporal [\n", "a dct:PeriodOfTime").doesNotContain("dcat:keyword");
        assertThat(turtle.strip()).endsWith(".");
    }
}
