package ma.remacto.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the petitions the Tanger-Tétouan-Al Hoceïma regional council received (seed 003, lines 652–664) through the
 * gateway, as past petitions recorded by the council's staff ({@code POST /api/petitions/past}, demo network
 * administrator). A petition already recorded answers 409 and is left as it is, so loading twice changes nothing.
 * See services/petitions/src/main/resources/demo/NOTES-petitions.md for the sources and inferences.
 */
public final class DemoPetitions {

    static final String FILE = "services/petitions/src/main/resources/demo/petitions-tanger-tetouan-al-hoceima.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoPetitions() {
    }

    /** Usage: DemoPetitions GATEWAY_URL */
    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        String token = DemoToken.fetch(gateway, "admin", DemoToken.DEFAULT_PASSWORD);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int created = 0;
        int existing = 0;
        for (JsonNode petition : petitions(StackPaths.root().resolve(FILE))) {
            // the petitions service learns the region from the members topic: retry a refusal for a minute
            HttpResponse<String> answer = DemoData.send(http, gateway, token, "POST", "/api/petitions/past", petition, 60);
            if (answer.statusCode() == 201) {
                created++;
            } else if (answer.statusCode() == 409) {
                existing++;
            } else {
                System.err.println("Demo petition refused (" + petition.get("associationName").asString() + ", "
                        + answer.statusCode() + "): " + answer.body());
                System.exit(1);
            }
        }
        System.out.println("Demo petitions: " + created + " created, " + existing + " already there");
    }

    static JsonNode petitions(Path file) throws java.io.IOException {
        return JSON.readTree(Files.readString(file));
    }
}
