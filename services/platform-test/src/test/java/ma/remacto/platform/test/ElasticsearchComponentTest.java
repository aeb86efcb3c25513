package ma.remacto.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The real Elasticsearch server the test support starts: healthy, on loopback, never as root. */
class ElasticsearchComponentTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.elasticsearchUrl() + path))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serverIsHealthyAndAnalysesArabicText() throws Exception {
        HttpResponse<String> health = call("GET", "/_cluster/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).containsAnyOf("\"status\":\"green\"", "\"status\":\"yellow\"");

        HttpResponse<String> analyzed = call("POST", "/_analyze",
                "{\"tokenizer\":\"standard\",\"filter\":[\"lowercase\"],\"text\":\"تحسين الولوج إلى المعلومة\"}");
        assertThat(analyzed.statusCode()).isEqualTo(200);
        assertThat(analyzed.body()).contains("\"token\":\"الولوج\"").contains("\"token\":\"المعلومة\"");
    }

    @Test
    void serverDoesNotRunAsRoot() throws Exception {
        assumeFalse(TestStack.containers(), "the official image runs it as its own user");
        ProcessHandle server = TestStack.localElasticsearch().process().toHandle();
        List<String> users = server.descendants().map(p -> p.info().user().orElse("")).distinct().toList();
        assertThat(users).isNotEmpty().doesNotContain("root");
    }
}
