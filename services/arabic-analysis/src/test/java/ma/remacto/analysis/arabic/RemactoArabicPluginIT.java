package ma.remacto.analysis.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ma.remacto.platform.test.TestStack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plugin inside the real Elasticsearch 8.19.21 server: the test support installs every
 * {@code services/*}{@code /target/es-plugin/*.zip} (this module's, built by {@code package} just before)
 * and starts the server; the analyzers then work in {@code _analyze}, in a mapping, at index and at
 * search time.
 */
class RemactoArabicPluginIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String INDEX = "remacto-arabic-it-" + System.nanoTime();

    private static String elasticsearch;

    @BeforeAll
    static void startServer() {
        assumeFalse(TestStack.containers(), "the official image in containers mode has no REMACTO plugin; "
                + "build src/main/docker/Dockerfile for that");
        Path zip = Path.of(System.getProperty("remacto.plugin.zip", "target/es-plugin/none.zip"));
        assertThat(zip).as("plugin zip built by package").exists();
        elasticsearch = TestStack.elasticsearchUrl();
    }

    @AfterAll
    static void deleteIndex() throws Exception {
        if (elasticsearch != null) {
            call("DELETE", "/" + INDEX, null);
        }
    }

    @Test
    void pluginIsInstalledWithItsComponents() throws Exception {
        JsonNode plugins = call("GET", "/_cat/plugins?format=json", null).body;
        List<String> names = new ArrayList<>();
        plugins.values().forEach(p -> names.add(p.path("component").asString()));
        assertThat(names).contains("remacto-arabic-analysis");
    }

    @Test
    void analyzerBringsTogetherPrefixedPluralsAndTheSingular() throws Exception {
        List<String> plural = analyze(Map.of("analyzer", "remacto_arabic", "text", "وبالمشاريع"));
        List<String> singular = analyze(Map.of("analyzer", "remacto_arabic", "text", "المشروع"));
        assertThat(plural).containsExactly("مشروع").isEqualTo(singular);

        assertThat(analyze(Map.of("analyzer", "remacto_arabic", "text", "مسؤول")))
                .isEqualTo(analyze(Map.of("analyzer", "remacto_arabic", "text", "مسئول")));
        assertThat(analyze(Map.of("analyzer", "remacto_arabic", "text", "ٱلمدرسة ﺍﻟﻤﺸﺮﻭﻉ l'éducation إلى")))
                .containsExactly("مدرس", "مشروع", "educ");
    }

    @Test
    void exactAnalyzerKeepsEveryWord() throws Exception {
        assertThat(analyze(Map.of("analyzer", "remacto_arabic_exact", "text", "الولوج إلى المعلومة")))
                .containsExactly("الولوج", "الي", "المعلومه");
    }

    @Test
    void tokenFiltersComposeInACustomChain() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("tokenizer", "standard");
        request.put("filter", List.of("lowercase", "remacto_arabic_normalization", "remacto_arabic_prefix",
                "remacto_arabic_broken_plural", "remacto_arabic_light_stem"));
        request.put("text", "وبالمشاريع للمواطنين");
        assertThat(analyze(request)).containsExactly("مشروع", "مواطن");
    }

    @Test
    void searchFindsIdeasHoweverTheQueryIsSpelled() throws Exception {
        createIndexWithIdeas();

        assertThat(search("title", "مسئول")).as("hamza seat").containsExactly("responsible");
        assertThat(search("title", "المعلومه")).as("taa marbuta written as heh").containsExactly("access");
        assertThat(search("title", "وبالمشروع")).as("proclitics and singular for a plural").containsExactly("projects");
        assertThat(search("title", "المواطن")).as("sound plural").containsExactly("projects");
        assertThat(search("title", "طريق")).as("broken plural طرق").containsExactly("roads");
        assertThat(search("title", "الحي")).as("حي and أحياء").containsExactlyInAnyOrder("projects", "roads");
        assertThat(search("title", "ٱلمدرسة")).as("alef wasla, مدارس").containsExactly("schools");
        assertThat(search("title", "Education")).as("French").containsExactly("french");
        assertThat(search("title", "eaux")).as("French plural, d'eau").containsExactly("french");
        assertThat(search("title", "فكرة")).as("absent word").isEmpty();
        assertThat(search("title", "هذه إلى")).as("stop words only").isEmpty();

        assertThat(phrase("title.exact", "الولوج الى المعلومة")).as("phrase, spelling folded").containsExactly("access");
        assertThat(phrase("title.exact", "المعلومة الولوج")).as("phrase, wrong order").isEmpty();
        assertThat(phrase("title.exact", "الولوج المعلومة")).as("phrase, missing stop word").isEmpty();
    }

    private static void createIndexWithIdeas() throws Exception {
        Map<String, Object> exact = Map.of("type", "text", "analyzer", "remacto_arabic_exact");
        Map<String, Object> title = Map.of("type", "text", "analyzer", "remacto_arabic", "fields", Map.of("exact", exact));
        Map<String, Object> mapping = Map.of("settings", Map.of("number_of_shards", 1, "number_of_replicas", 0),
                "mappings", Map.of("properties", Map.of("title", title)));
        Response created = call("PUT", "/" + INDEX, JSON.writeValueAsString(mapping));
        assertThat(created.status).as(created.body.toString()).isEqualTo(200);

        Map<String, String> ideas = new LinkedHashMap<>();
        ideas.put("access", "تحسين الولوج إلى المعلومة في الجماعة");
        ideas.put("projects", "إحداث مشاريع لفائدة المواطنين في الأحياء");
        ideas.put("responsible", "تعيين مسؤول عن التواصل مع الساكنة");
        ideas.put("roads", "إصلاح الطرق في حي السلام");
        ideas.put("schools", "صيانة مدارس الجماعة");
        ideas.put("french", "L'éducation des jeunes et l'accès à l'eau potable");
        StringBuilder bulk = new StringBuilder();
        for (var idea : ideas.entrySet()) {
            bulk.append(JSON.writeValueAsString(Map.of("index", Map.of("_index", INDEX, "_id", idea.getKey())))).append('\n');
            bulk.append(JSON.writeValueAsString(Map.of("title", idea.getValue()))).append('\n');
        }
        Response indexed = call("POST", "/_bulk?refresh=true", bulk.toString());
        assertThat(indexed.status).isEqualTo(200);
        assertThat(indexed.body.path("errors").asBoolean()).as(indexed.body.toString()).isFalse();
    }

    private static Set<String> search(String field, String text) throws Exception {
        return hits(Map.of("query", Map.of("match", Map.of(field, text))));
    }

    private static Set<String> phrase(String field, String text) throws Exception {
        return hits(Map.of("query", Map.of("match_phrase", Map.of(field, text))));
    }

    private static Set<String> hits(Map<String, Object> query) throws Exception {
        Response response = call("POST", "/" + INDEX + "/_search", JSON.writeValueAsString(query));
        assertThat(response.status).as(response.body.toString()).isEqualTo(200);
        Set<String> ids = new TreeSet<>();
        response.body.path("hits").path("hits").values().forEach(hit -> ids.add(hit.path("_id").asString()));
        return ids;
    }

    private static List<String> analyze(Map<String, Object> request) throws Exception {
        Response response = call("POST", "/_analyze", JSON.writeValueAsString(request));
        assertThat(response.status).as(response.body.toString()).isEqualTo(200);
        List<String> tokens = new ArrayList<>();
        response.body.path("tokens").values().forEach(token -> tokens.add(token.path("token").asString()));
        return tokens;
    }

    private record Response(int status, JsonNode body) {
    }

    private static Response call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(elasticsearch + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", path.startsWith("/_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method.toUpperCase(Locale.ROOT),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Response(response.statusCode(), json);
    }
}
