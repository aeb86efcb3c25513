package ma.remacto.localstack.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmarks' HTTP client: JSON requests to a running stack (through the gateway, or a service's own port). */
public final class GatewayClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    public GatewayClient(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> send(String method, String path, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POSTs and returns the answer's JSON; 2xx and 409 (already there) are fine; other answers are retried for
     * {@code retrySeconds}, because services learn members and axes from events a moment after they were created.
     */
    public JsonNode post(String path, Object body, String token, int retrySeconds) throws Exception {
        Instant deadline = Instant.now().plusSeconds(retrySeconds);
        while (true) {
            HttpResponse<String> response = send("POST", path, body, token);
            int status = response.statusCode();
            if (status < 300 || status == 409) {
                return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(path + " answered " + status + ": " + response.body());
            }
            Thread.sleep(500);
        }
    }

    public JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = send("GET", path, null, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public JsonNode get(String path) throws Exception {
        return get(path, null);
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
