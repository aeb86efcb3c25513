package ma.remacto.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.events.v1.MemberUpdated;
import ma.remacto.platform.web.RegionScopeFilter;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.test.EventProbe;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The member directory over HTTP, on the real Kafka broker and MongoDB-wire server. */
@ServiceTest
@SuppressWarnings("unchecked")
class MemberDirectoryTest {

    @LocalServerPort
    int port;

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    static Map<String, Object> region(String slug) {
        return Map.of("slug", slug, "kind", "REGION",
                "name", Map.of("ar", "جهة " + slug, "fr", "Région " + slug),
                "population", 3_900_000, "contactEmail", "ouverture@" + slug + ".remacto.ma");
    }

    static Map<String, Object> commune(String slug, String region) {
        return Map.of("slug", slug, "kind", "COMMUNE", "regionSlug", region,
                "name", Map.of("ar", "جماعة " + slug, "fr", "Commune " + slug),
                "population", 120_000, "contactEmail", "ouverture@" + slug + ".remacto.ma",
                "committee", List.of(Map.of("role", "CHAIR", "roleLabel", Map.of("ar", "رئيس اللجنة", "fr", "Président"),
                        "seats", 1)));
    }

    Response post(String path, Object body, String token) {
        return http().post().uri(path).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, token)
                .body(body).exchange((request, response) -> new Response(response.getStatusCode().value(),
                        response.bodyTo(Map.class)));
    }

    Response get(String path) {
        return http().get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .exchange((request, response) -> new Response(response.getStatusCode().value(), response.bodyTo(Map.class)));
    }

    record Response(int status, Map<String, Object> body) {
    }

    @Test
    void registersReadsAndPublishesMembers() {
        try (EventProbe probe = new EventProbe(Topics.MEMBERS.name())) {
            assertThat(post("/api/members", region("rabat-sale-kenitra"), TestTokens.networkAdmin()).status()).isEqualTo(201);
            Response created = post("/api/members", commune("kenitra", "rabat-sale-kenitra"), TestTokens.networkAdmin());
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body()).containsEntry("status", "ACTIVE").containsEntry("regionSlug", "rabat-sale-kenitra");

            Response list = get("/api/members?kind=COMMUNE&region=rabat-sale-kenitra");
            assertThat(list.status()).isEqualTo(200);
            assertThat((List<?>) list.body().get("items")).hasSize(1);
            assertThat(list.body()).containsEntry("totalItems", 1);

            List<EventEnvelope> events = probe.await(e -> e.getAggregateId().equals("kenitra"), 1, Duration.ofSeconds(30));
            EventEnvelope event = events.getFirst();
            assertThat(event.getEventType()).isEqualTo("MemberRegistered");
            assertThat(event.getMemberId()).isEqualTo("kenitra");
            assertThat(event.getActor().getSubject()).isEqualTo("admin");
            assertThat(event.getPayload().is(MemberRegistered.class)).isTrue();
        }
    }

    @Test
    void aRegionalPortalsScopeLimitsListsToItsRegionWhateverTheQueryAsks() {
        post("/api/members", region("draa-tafilalet"), TestTokens.networkAdmin());
        post("/api/members", commune("errachidia", "draa-tafilalet"), TestTokens.networkAdmin());
        post("/api/members", region("guelmim-oued-noun"), TestTokens.networkAdmin());
        post("/api/members", commune("guelmim", "guelmim-oued-noun"), TestTokens.networkAdmin());
        java.util.function.Function<String, List<String>> scoped = path -> ((List<Map<String, Object>>) http().get()
                .uri(path).header(RegionScopeFilter.HEADER, "draa-tafilalet")
                .exchange((request, response) -> (Map<String, Object>) response.bodyTo(Map.class)).get("items"))
                .stream().map(m -> (String) m.get("slug")).toList();

        assertThat(scoped.apply("/api/members?size=200")).containsExactlyInAnyOrder("draa-tafilalet", "errachidia");
        assertThat(scoped.apply("/api/members?region=guelmim-oued-noun&size=200"))
                .as("a query cannot widen or move the scope").containsExactlyInAnyOrder("draa-tafilalet", "errachidia");
        // a single card stays readable by its slug: the regional portal links to the national one
        assertThat(http().get().uri("/api/members/guelmim").header(RegionScopeFilter.HEADER, "draa-tafilalet")
                .retrieve().toEntity(Map.class).getStatusCode().value()).isEqualTo(200);
        // without a scope (the national portal) every region is listed
        List<Map<String, Object>> all = (List<Map<String, Object>>) get("/api/members?size=200").body().get("items");
        assertThat(all.stream().map(m -> (String) m.get("slug")).toList())
                .contains("draa-tafilalet", "guelmim-oued-noun", "guelmim");
    }

    @Test
    void editsAreVersionedRecordedAndPublished() throws Exception {
        post("/api/members", region("souss-massa"), TestTokens.networkAdmin());
        Map<String, Object> edited = new java.util.HashMap<>(region("souss-massa"));
        edited.put("population", 3_020_431);
        try (EventProbe probe = new EventProbe(Topics.MEMBERS.name())) {
            var response = http().put().uri("/api/members/souss-massa").contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.networkAdmin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                    .body(edited).retrieve().toEntity(Map.class);
            assertThat(response.getBody()).containsEntry("population", 3_020_431).containsEntry("version", 2);

            EventEnvelope updated = probe.await(e -> e.getEventType().equals("MemberUpdated")
                    && e.getAggregateId().equals("souss-massa"), 1, Duration.ofSeconds(30)).getFirst();
            assertThat(updated.getPayload().unpack(MemberUpdated.class).getChangedFieldsList()).containsExactly("population");
        }
        // A stale editor (still at version 1) is refused, and the stored card is untouched.
        Response stale = http().put().uri("/api/members/souss-massa").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.networkAdmin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .body(region("souss-massa"))
                .exchange((request, r) -> new Response(r.getStatusCode().value(), r.bodyTo(Map.class)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(get("/api/members/souss-massa").body()).containsEntry("population", 3_020_431);

        List<?> history = http().get().uri("/api/members/souss-massa/history")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.networkAdmin()).retrieve().body(List.class);
        assertThat(history).hasSize(2);
        assertThat((Map<Object, Object>) history.get(1)).containsEntry("action", "UPDATED").containsEntry("actor", "admin");
    }

    @Test
    void deactivationIsRecordedWithFromAndTo() {
        post("/api/members", region("draa-tafilalet"), TestTokens.networkAdmin());
        Response deactivated = post("/api/members/draa-tafilalet/deactivation", Map.of("reason", "left the network"),
                TestTokens.networkAdmin());
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body()).containsEntry("status", "INACTIVE");
        assertThat(post("/api/members/draa-tafilalet/deactivation", Map.of("reason", "again"), TestTokens.networkAdmin())
                .status()).isEqualTo(409);
        List<?> history = http().get().uri("/api/members/draa-tafilalet/history")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.networkAdmin()).retrieve().body(List.class);
        assertThat((Map<Object, Object>) history.get(1)).containsEntry("from", "ACTIVE").containsEntry("to", "INACTIVE")
                .containsEntry("reason", "left the network");
    }

    @Test
    void onlyNetworkAdministratorsWrite() {
        Response anonymous = post("/api/members", region("oriental"), "");
        assertThat(anonymous.status()).isEqualTo(401);
        Response staff = post("/api/members", region("oriental"), TestTokens.pointOfContact("larache"));
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.body()).containsKey("messages");
        Response citizen = post("/api/members", region("oriental"), TestTokens.citizen());
        assertThat(citizen.status()).isEqualTo(403);
        // Refused for the role before the body is looked at: no hint about what a valid card looks like.
        assertThat(post("/api/members", Map.of(), TestTokens.pointOfContact("larache")).status()).isEqualTo(403);
        assertThat(get("/api/members/oriental").status()).isEqualTo(404);
    }

    @Test
    void staffReadOnlyTheirOwnMembersHistory() {
        post("/api/members", region("fes-meknes"), TestTokens.networkAdmin());
        post("/api/members", commune("sefrou", "fes-meknes"), TestTokens.networkAdmin());
        int own = http().get().uri("/api/members/sefrou/history").header(HttpHeaders.AUTHORIZATION,
                TestTokens.pointOfContact("sefrou")).exchange((request, response) -> response.getStatusCode().value());
        int other = http().get().uri("/api/members/sefrou/history").header(HttpHeaders.AUTHORIZATION,
                TestTokens.pointOfContact("larache")).exchange((request, response) -> response.getStatusCode().value());
        assertThat(own).isEqualTo(200);
        assertThat(other).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void badInputGetsBilingualProblemsAndStoresNothing() {
        Map<String, Object> badKind = new java.util.HashMap<>(region("marrakech-safi"));
        badKind.put("kind", "VILLAGE");
        badKind.put("population", -5);
        Response kind = post("/api/members", badKind, TestTokens.networkAdmin());
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).containsEntry("code", "invalid-input");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) kind.body().get("errors");
        // Every invalid field at once, so the administrator fixes the form in one go.
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("kind", "population");
        assertThat((Map<String, String>) errors.getFirst().get("messages")).containsKeys("ar", "fr");

        Map<String, Object> oversized = new java.util.HashMap<>(region("marrakech-safi"));
        oversized.put("name", Map.of("ar", "ج".repeat(201), "fr", "ok"));
        Response size = post("/api/members", oversized, TestTokens.networkAdmin());
        assertThat(size.status()).isEqualTo(400);
        assertThat(((List<Map<String, Object>>) size.body().get("errors")).getFirst()).containsEntry("field", "name.ar");

        Response orphan = post("/api/members", commune("tamansourt", "no-such-region"), TestTokens.networkAdmin());
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(((List<Map<String, Object>>) orphan.body().get("errors")).getFirst())
                .containsEntry("field", "regionSlug");

        Response malformed = http().post().uri("/api/members").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.networkAdmin()).body("{\"slug\": ")
                .exchange((request, r) -> new Response(r.getStatusCode().value(), r.bodyTo(Map.class)));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).containsEntry("code", "malformed-body");

        assertThat(get("/api/members/marrakech-safi").status()).isEqualTo(404);
        assertThat(get("/api/members/tamansourt").status()).isEqualTo(404);
        Response notFound = get("/api/members/tamansourt");
        assertThat(notFound.body()).containsEntry("code", "member.not-found");
        assertThat((String) notFound.body().get("title")).isEqualTo("Collectivité introuvable");

        post("/api/members", region("guelmim-oued-noun"), TestTokens.networkAdmin());
        Response duplicate = post("/api/members", region("guelmim-oued-noun"), TestTokens.networkAdmin());
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body()).containsEntry("code", "member.slug-taken");

        Map<String, Object> huge = new java.util.HashMap<>(region("laayoune-sakia-el-hamra"));
        huge.put("note", "x".repeat(1_100_000));
        Response tooLarge = post("/api/members", huge, TestTokens.networkAdmin());
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).containsEntry("code", "request-too-large");
        assertThat(get("/api/members/laayoune-sakia-el-hamra").status()).isEqualTo(404);

        Map<String, Object> misspelt = new java.util.HashMap<>(region("laayoune-sakia-el-hamra"));
        misspelt.put("populaton", 1);
        Response unknown = post("/api/members", misspelt, TestTokens.networkAdmin());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(((List<Map<String, Object>>) unknown.body().get("errors")).getFirst())
                .containsEntry("field", "populaton").containsEntry("code", "validation.unknown-field");

        assertThat(get("/api/members?size=1000").status()).isEqualTo(400);
        assertThat(get("/api/members?kind=VILLAGE").status()).isEqualTo(400);
    }

    @Test
    void exposesHealthMetricsAndOpenApi() {
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
        Map<String, Object> components = (Map<String, Object>) get("/actuator/health").body().get("components");
        assertThat((Map<String, Object>) components.get("kafka")).containsEntry("status", "UP");
        assertThat(components).containsKey("mongo");
        String metrics = http().get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics).contains("remacto_outbox_backlog").contains("service=\"members\"");
        System.gc(); // the backlog gauge must survive a collection
        String afterGc = http().get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(afterGc.lines().filter(l -> l.startsWith("remacto_outbox_backlog")).toList())
                .isNotEmpty().noneMatch(l -> l.endsWith("NaN"));
        Response api = get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat((Map<String, Object>) api.body().get("paths")).containsKey("/api/members/{slug}");
    }
}
