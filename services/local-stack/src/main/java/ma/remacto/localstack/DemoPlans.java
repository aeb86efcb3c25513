package ma.remacto.localstack;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the seeds' action plans through the gateway as a member's staff would: the plan, then its projects
 * (their ideas found by the member's idea numbers), then its steps (consultation, adoption, execution) as far
 * as the seed documents them. A plan that already exists is left as it is, so loading twice changes nothing.
 */
public final class DemoPlans {

    static final List<String> FILES = List.of("plan-beni-ansar.json", "plan-larache.json", "plan-beni-mellal.json",
            "plan-tanger-tetouan-al-hoceima.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoPlans(URI gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    /** Usage: DemoPlans GATEWAY_URL */
    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        DemoPlans loader = new DemoPlans(gateway, DemoToken.fetch(gateway, "admin", DemoToken.DEFAULT_PASSWORD));
        int created = 0;
        for (String file : FILES) {
            JsonNode plan = JSON.readTree(Files.readString(StackPaths.root().resolve("services/projects/src/main/resources/demo/" + file)));
            created += loader.load(plan);
        }
        System.out.println("Demo plans: " + created + " created");
    }

    int load(JsonNode plan) throws IOException, InterruptedException {
        String member = plan.get("member").asString();
        ObjectNode draft = JSON.createObjectNode();
        for (String field : List.of("member", "period", "startDate", "endDate", "format", "title")) {
            draft.set(field, plan.get(field));
        }
        HttpResponse<String> answer = send("POST", "/api/plans", draft, 60);
        if (answer.statusCode() == 409) {
            return 0;
        }
        require(answer, "plan of " + member);
        String planId = JSON.readTree(answer.body()).get("id").asString();
        Map<Long, String> ideas = ideaIdsByNumber(member);
        boolean ogp = "OGP".equals(plan.get("format").asString());
        for (JsonNode project : plan.get(ogp ? "commitments" : "projects")) {
            ObjectNode formulation = JSON.createObjectNode();
            formulation.put("planId", planId);
            formulation.set("card", ogp ? commitmentCard(project) : projectCard(project, ideas));
            formulation.set("activities", ogp ? milestones(project) : activities(project));
            formulation.put("published", project.path("published").asBoolean(false));
            require(send("POST", "/api/projects", formulation, 60), "project of " + member);
        }
        JsonNode adoption = plan.path("adoption");
        boolean adoptable = adoption.isObject() && adoption.path("date").isString();
        move(planId, Map.of("to", "IN_CONSULTATION"));
        if (adoptable) {
            move(planId, Map.of("to", "ADOPTED", "adoption", adoption));
            move(planId, Map.of("to", "IN_EXECUTION"));
        }
        return 1;
    }

    private ObjectNode projectCard(JsonNode project, Map<Long, String> ideas) {
        ObjectNode card = JSON.createObjectNode();
        for (String field : List.of("axisCode", "title", "problem", "proposedSolution", "principles", "competence",
                "linkedToActionProgramme", "feasibleWithinPeriod", "estimatedBudget", "fundingSource", "expectedResults",
                "indicators")) {
            if (project.has(field) && !project.get(field).isNull()) {
                card.set(field, project.get(field));
            }
        }
        var ideaIds = card.putArray("ideaIds");
        for (JsonNode number : project.path("ideaNumbers")) {
            String id = ideas.get(number.asLong());
            if (id != null) {
                ideaIds.add(id);
            }
        }
        return card;
    }

    private static ObjectNode commitmentCard(JsonNode commitment) {
        ObjectNode card = JSON.createObjectNode();
        card.set("axisCode", commitment.get("axisCode"));
        card.set("title", commitment.get("title"));
        if (commitment.path("problem").isString()) {
            card.putObject("problem").putArray("issues").add(commitment.get("problem").asString());
        }
        ObjectNode details = card.putObject("commitment");
        details.set("leadInstitution", commitment.get("leadInstitution"));
        details.set("supportActors", commitment.get("supportActors"));
        details.set("ogpValues", commitment.get("ogpValues"));
        details.set("description", commitment.get("description"));
        details.set("expectedResults", commitment.get("expectedResults"));
        return card;
    }

    private static JsonNode activities(JsonNode project) {
        var list = JSON.createArrayNode();
        for (JsonNode activity : project.get("activities")) {
            ObjectNode a = list.addObject();
            for (String field : List.of("title", "start", "end", "weight", "estimatedCost")) {
                if (activity.has(field) && !activity.get(field).isNull()) {
                    a.set(field, activity.get(field));
                }
            }
        }
        return list;
    }

    /** An OGP commitment's milestones weigh equally (the plan gives no weights); one without a start starts with it. */
    private static JsonNode milestones(JsonNode commitment) {
        List<JsonNode> all = new ArrayList<>();
        commitment.get("milestones").forEach(all::add);
        List<BigDecimal> weights = equalWeights(all.size());
        var list = JSON.createArrayNode();
        for (int i = 0; i < all.size(); i++) {
            JsonNode m = all.get(i);
            ObjectNode a = list.addObject();
            a.set("title", m.get("title"));
            a.put("start", m.path("start").isString() ? m.get("start").asString() : commitment.get("startDate").asString());
            a.set("end", m.get("end"));
            a.put("weight", weights.get(i).toPlainString());
        }
        return list;
    }

    /** 100 split in n parts of two decimals that sum to exactly 100 (the remainder goes to the first ones). */
    static List<BigDecimal> equalWeights(int n) {
        BigDecimal share = new BigDecimal("100").divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        BigDecimal rest = new BigDecimal("100").subtract(share.multiply(BigDecimal.valueOf(n)));
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal extra = rest.signum() > 0 ? new BigDecimal("0.01") : BigDecimal.ZERO;
            rest = rest.subtract(extra);
            weights.add(share.add(extra));
        }
        return weights;
    }

    private Map<Long, String> ideaIdsByNumber(String member) throws IOException, InterruptedException {
        Map<Long, String> ids = new HashMap<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> answer = send("GET", "/api/ideas?size=200&page=" + page + "&member="
                    + URLEncoder.encode(member, StandardCharsets.UTF_8), null, 0);
            require(answer, "ideas of " + member);
            JsonNode items = JSON.readTree(answer.body()).get("items");
            items.forEach(idea -> ids.put(idea.get("number").asLong(), idea.get("id").asString()));
            if (items.size() < 200) {
                return ids;
            }
        }
    }

    private void move(String planId, Map<String, Object> change) throws IOException, InterruptedException {
        require(send("POST", "/api/plans/" + planId + "/status", JSON.valueToTree(new LinkedHashMap<>(change)), 0),
                "plan " + planId + " to " + change.get("to"));
    }

    private HttpResponse<String> send(String method, String path, JsonNode body, int retrySeconds)
            throws IOException, InterruptedException {
        return DemoData.send(http, gateway, token, method, path, body, retrySeconds);
    }

    private static void require(HttpResponse<String> response, String what) {
        if (response.statusCode() >= 300) {
            System.err.println("Demo data refused (" + what + ", " + response.statusCode() + "): " + response.body());
            System.exit(1);
        }
    }
}
