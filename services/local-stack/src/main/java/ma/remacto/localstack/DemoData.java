package ma.remacto.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo data mined from the seed documents through the gateway's public API, as the
 * people who own the data would enter it (so validation, authorisation and events all run).
 * The manifest lists, in order, which file is posted to which path by which demo user.
 * An item that already exists (409) is skipped, so loading twice changes nothing.
 */
public final class DemoData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoData() {
    }

    /**
     * @param retrySeconds how long to keep retrying a refused item: a service that learns about members from
     *                     events may not know the ones just registered for a moment
     */
    public record Step(String file, String path, String user, Integer retrySeconds) {
    }

    /** Usage: DemoData GATEWAY_URL */
    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int created = 0;
        int existing = 0;
        Map<String, String> tokens = new HashMap<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (Step step : manifest()) {
            String token = tokens.get(step.user());
            if (token == null) {
                token = DemoToken.fetch(gateway, step.user(), DemoToken.DEFAULT_PASSWORD);
                tokens.put(step.user(), token);
            }
            JsonNode items = JSON.readTree(Files.readString(StackPaths.root().resolve(step.file())));
            for (JsonNode item : items) {
                HttpResponse<String> response = send(http, gateway, token, "POST", step.path(), item,
                        step.retrySeconds() == null ? 0 : step.retrySeconds());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    created++;
                } else if (response.statusCode() == 409) {
                    existing++;
                } else {
                    System.err.println("Demo data refused at " + step.path() + " (" + response.statusCode() + "): "
                            + response.body());
                    System.exit(1);
                }
            }
        }
        System.out.println("Demo data: " + created + " created, " + existing + " already there");
    }

    /**
     * Sends one request as the demo user, retrying a refused write for {@code retrySeconds}: services learn
     * members, axes and ideas from events, a moment after they were created. A 409 (already there) is final.
     */
    static HttpResponse<String> send(HttpClient http, URI gateway, String token, String method, String path,
            JsonNode body, int retrySeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(retrySeconds).toNanos();
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token);
            request = body == null ? request.GET() : request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 300 || response.statusCode() == 409 || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(500);
        }
    }

    static List<Step> manifest() throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo-manifest.json")) {
            return List.of(JSON.readValue(in, Step[].class));
        }
    }

}
