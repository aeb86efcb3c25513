package ma.remacto.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the seeds' meetings, co-preparation calendars and past public consultations through the gateway as a
 * member's staff would (see services/consultations/src/main/resources/demo/NOTES-consultations.md). Meetings and
 * consultations have no natural key in the API, so one already there (same member, title and date or window) is
 * skipped; a calendar is set with PUT, which writes nothing when it is already so. Loading twice changes nothing.
 */
public final class DemoConsultations {

    static final String DEMO = "services/consultations/src/main/resources/demo/";
    static final String MEETINGS = "meetings.json";
    static final String CALENDARS = "calendars.json";
    static final String CONSULTATIONS = "consultations.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoConsultations(URI gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    /** Usage: DemoConsultations GATEWAY_URL */
    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        DemoConsultations loader = new DemoConsultations(gateway, DemoToken.fetch(gateway, "admin", DemoToken.DEFAULT_PASSWORD));
        int created = 0;
        for (JsonNode meeting : read(MEETINGS)) {
            created += loader.meeting(meeting);
        }
        for (JsonNode calendar : read(CALENDARS)) {
            created += loader.calendar(calendar);
        }
        for (JsonNode consultation : read(CONSULTATIONS)) {
            created += loader.consultation(consultation);
        }
        System.out.println("Demo consultations: " + created + " created");
    }

    static JsonNode read(String file) throws IOException {
        return JSON.readTree(Files.readString(StackPaths.root().resolve(DEMO + file)));
    }

    int meeting(JsonNode meeting) throws IOException, InterruptedException {
        String member = meeting.get("member").asString();
        String date = meeting.get("date").asString();
        HttpResponse<String> existing = send("GET", "/api/meetings?size=200&member=" + encode(member) + "&from=" + date
                + "&to=" + date, null, 60);
        require(existing, "meetings of " + member);
        for (JsonNode found : JSON.readTree(existing.body()).get("items")) {
            if (found.get("title").equals(meeting.get("title"))) {
                return 0;
            }
        }
        return created(send("POST", "/api/meetings", meeting, 60), "meeting of " + member + " on " + date);
    }

    int calendar(JsonNode calendar) throws IOException, InterruptedException {
        String path = "/api/calendars/" + encode(calendar.get("member").asString()) + "/"
                + encode(calendar.get("programme").asString());
        ObjectNode body = JSON.createObjectNode();
        body.set("stages", calendar.get("stages"));
        return created(send("PUT", path, body, 60), "calendar " + path);
    }

    /** A past consultation, linked to the member's plan of that programme when the projects service has it. */
    int consultation(JsonNode consultation) throws IOException, InterruptedException {
        String member = consultation.get("member").asString();
        HttpResponse<String> existing = send("GET", "/api/consultations?size=200&member=" + encode(member), null, 60);
        require(existing, "consultations of " + member);
        for (JsonNode found : JSON.readTree(existing.body()).get("items")) {
            if (found.get("title").equals(consultation.get("title"))
                    && Instant.parse(found.get("opensAt").asString())
                            .equals(Instant.parse(consultation.get("opensAt").asString()))) {
                return 0;
            }
        }
        ObjectNode body = (ObjectNode) consultation.deepCopy();
        HttpResponse<String> plans = send("GET", "/api/plans?member=" + encode(member) + "&period="
                + encode(consultation.get("programme").asString()), null, 0);
        if (plans.statusCode() == 200) {
            JsonNode items = JSON.readTree(plans.body()).path("items");
            if (items.size() > 0) {
                body.put("planId", items.get(0).get("id").asString());
            }
        }
        return created(send("POST", "/api/consultations/past", body, 60), "past consultation of " + member);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String method, String path, JsonNode body, int retrySeconds)
            throws IOException, InterruptedException {
        return DemoData.send(http, gateway, token, method, path, body, retrySeconds);
    }

    private static int created(HttpResponse<String> response, String what) {
        if (response.statusCode() == 409) {
            return 0;
        }
        require(response, what);
        return response.statusCode() == 201 ? 1 : 0;
    }

    private static void require(HttpResponse<String> response, String what) {
        if (response.statusCode() >= 300) {
            System.err.println("Demo data refused (" + what + ", " + response.statusCode() + "): " + response.body());
            System.exit(1);
        }
    }
}
