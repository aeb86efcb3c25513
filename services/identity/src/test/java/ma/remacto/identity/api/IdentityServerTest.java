package ma.remacto.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import ma.remacto.identity.domain.Role;
import ma.remacto.identity.domain.UserDirectory;
import ma.remacto.localstack.DemoToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity service over real HTTP: the command-line client's authorization code + PKCE flow through the login
 * form, the tokens it yields, OIDC discovery and userinfo, and the operational endpoints.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "REMACTO_ISSUER=https://remacto.test")
class IdentityServerTest {

    private static final String ISSUER = "https://remacto.test";
    private static final Path KEY_DIR = createTempDir();
    private static final Path KEY_FILE = KEY_DIR.resolve("signing-key.json");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory users;

    private URI base;

    @DynamicPropertySource
    static void signingKey(DynamicPropertyRegistry registry) {
        registry.add("remacto.identity.signing-key-file", KEY_FILE::toString);
    }

    @BeforeEach
    void base() {
        base = URI.create("http://localhost:" + port);
    }

    @AfterAll
    static void removeKey() throws IOException {
        Files.deleteIfExists(KEY_FILE);
        Files.deleteIfExists(KEY_DIR);
    }

    @Test
    void pointOfContactGetsATokenCarryingRolesAndMembers() throws IOException {
        Jwt jwt = verified(DemoToken.fetch(base, "poc-larache", "demo"));

        assertThat(jwt.getSubject()).isEqualTo("poc-larache");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("POINT_OF_CONTACT");
        assertThat(jwt.getClaimAsStringList("members")).containsExactly("larache");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("نقطة الارتكاز – جماعة العرائش");
        assertThat(jwt.getClaimAsString("name#fr")).isEqualTo("Point focal – Commune de Larache");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(ISSUER);
        assertThat(jwt.getAudience()).containsExactly(DemoToken.CLIENT_ID);
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void regionalCommitteeMemberActsForTheRegion() throws IOException {
        Jwt jwt = verified(DemoToken.fetch(base, "committee-tanger-tetouan-al-hoceima", "demo"));

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("COMMITTEE_MEMBER");
        assertThat(jwt.getClaimAsStringList("members")).containsExactly("tanger-tetouan-al-hoceima");
    }

    @Test
    void citizenActsForNoMember() throws IOException {
        Jwt jwt = verified(DemoToken.fetch(base, "citizen", "demo"));

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CITIZEN");
        assertThat(jwt.getClaimAsStringList("members")).isEmpty();
    }

    @Test
    void userinfoAnswersWithTheTokenClaims() throws Exception {
        String token = DemoToken.fetch(base, "admin", "demo");

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/userinfo"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode userinfo = JsonMapper.shared().readTree(response.body());
        assertThat(userinfo.path("sub").asString()).isEqualTo("admin");
        assertThat(userinfo.path("roles").get(0).asString()).isEqualTo("NETWORK_ADMIN");
        assertThat(userinfo.path("members").isArray()).isTrue();
        assertThat(userinfo.path("name").asString()).isEqualTo("إدارة الشبكة");
    }

    @Test
    void userinfoRefusesRequestsWithoutAToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/userinfo")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void networkAdminsReadWhoHoldsWhichRoleForWhichMemberAndNothingMore() throws Exception {
        String token = DemoToken.fetch(base, "admin", "demo");

        HttpResponse<String> all = http.send(HttpRequest.newBuilder(base.resolve("/api/roles"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode holders = JsonMapper.shared().readTree(all.body());
        List<String> usernames = holders.valueStream().map(holder -> holder.path("username").asString()).toList();
        assertThat(usernames).contains("admin", "poc-larache", "committee-larache", "poc-tanger-tetouan-al-hoceima")
                .doesNotContain("citizen", "association", "citizen-1");
        JsonNode poc = holders.valueStream().filter(holder -> holder.path("username").asString().equals("poc-larache"))
                .findFirst().orElseThrow();
        assertThat(poc.path("roles").get(0).asString()).isEqualTo("POINT_OF_CONTACT");
        assertThat(poc.path("members").get(0).asString()).isEqualTo("larache");
        // Usernames, roles and members only: no password, no display name.
        assertThat(poc.propertyNames()).containsExactly("username", "roles", "members");
        assertThat(all.body()).doesNotContain("{noop}", "{bcrypt}", "password", "نقطة الارتكاز");

        HttpResponse<String> larache = http.send(HttpRequest.newBuilder(base.resolve("/api/roles?member=larache"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        List<String> staff = JsonMapper.shared().readTree(larache.body()).valueStream()
                .map(holder -> holder.path("username").asString()).toList();
        assertThat(staff).containsExactlyInAnyOrder("poc-larache", "committee-larache");
    }

    @Test
    void rolesAreRefusedToOthersAndWithoutAToken() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(base.resolve("/api/roles")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        String token = DemoToken.fetch(base, "poc-larache", "demo");
        HttpResponse<String> staff = http.send(HttpRequest.newBuilder(base.resolve("/api/roles"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(staff.statusCode()).isEqualTo(403);
        JsonNode problem = JsonMapper.shared().readTree(staff.body());
        assertThat(problem.path("code").asString()).isEqualTo("forbidden");
        assertThat(problem.path("messages").path("fr").path("title").asString()).isEqualTo("Accès refusé");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> DemoToken.fetch(base, "citizen", "not-demo"))
                .isInstanceOf(DemoToken.LoginRefusedException.class)
                .hasMessage("login refused for citizen");
    }

    @Test
    void unknownUserIsRefused() {
        assertThatThrownBy(() -> DemoToken.fetch(base, "nobody", "demo"))
                .isInstanceOf(DemoToken.LoginRefusedException.class)
                .hasMessage("login refused for nobody");
    }

    @Test
    void authorizationRequestWithoutPkceIsRefused() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorize?response_type=code&client_id=remacto-cli"
                + "&redirect_uri=http://127.0.0.1/remacto-cli/callback&scope=openid&state=s");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(DemoToken.REDIRECT_URI)
                .contains("error=invalid_request");
    }

    @Test
    void discoveryDocumentNamesTheConfiguredIssuer() throws Exception {
        HttpResponse<String> response = get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = JsonMapper.shared().readTree(response.body());
        assertThat(discovery.path("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.path("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.path("userinfo_endpoint").asString()).isEqualTo(ISSUER + "/userinfo");
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void jwksPublishesThePersistedKeyWithoutItsPrivatePart() throws Exception {
        RSAKey persisted = RSAKey.parse(Files.readString(KEY_FILE));

        JsonNode jwks = JsonMapper.shared().readTree(get("/oauth2/jwks").body());

        assertThat(jwks.path("keys")).hasSize(1);
        assertThat(jwks.path("keys").get(0).path("kid").asString()).isEqualTo(persisted.getKeyID());
        assertThat(jwks.path("keys").get(0).path("n").asString()).isEqualTo(persisted.getModulus().toString());
        assertThat(jwks.path("keys").get(0).has("d")).isFalse();
    }

    @Test
    void behindTheGatewayTheLoginRedirectNamesThePublicHost() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(
                        "/oauth2/authorize?response_type=code&client_id=remacto-cli&scope=openid"
                                + "&redirect_uri=http://127.0.0.1/remacto-cli/callback&state=s"
                                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                                + "&code_challenge_method=S256"))
                        .header("Accept", "text/html")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "portail.remacto.test")
                        .header("X-Forwarded-Port", "443")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("https://portail.remacto.test/login");
    }

    @Test
    void loginPageIsArabicFirstWithFrenchAndCarriesACsrfToken() throws Exception {
        HttpResponse<String> response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\"").contains("name=\"_csrf\"")
                .contains("<label for=\"username\">").contains("<label for=\"password\">")
                .contains("action=\"/login\"");
        assertThat(html.indexOf("كلمة المرور")).isLessThan(html.indexOf("Mot de passe"));
    }

    @Test
    void allDemoUsersAreConfigured() {
        assertThat(users.size()).as("11 named accounts and 250 numbered citizens").isEqualTo(261);
        assertThat(users.find("citizen-001").orElseThrow().roles()).containsExactly(Role.CITIZEN);
        assertThat(users.find("citizen-250").orElseThrow().displayName().fr()).isEqualTo("Citoyen·ne de démonstration 250");
        assertThat(users.find("citizen-251")).isEmpty();
        for (String member : List.of("larache", "beni-ansar", "tetouan", "tanger-tetouan-al-hoceima")) {
            assertThat(users.find("poc-" + member).orElseThrow().roles()).containsExactly(Role.POINT_OF_CONTACT);
            assertThat(users.find("poc-" + member).orElseThrow().members()).containsExactly(member);
            assertThat(users.find("committee-" + member).orElseThrow().roles())
                    .containsExactly(Role.COMMITTEE_MEMBER);
            assertThat(users.find("committee-" + member).orElseThrow().members()).containsExactly(member);
        }
        assertThat(users.find("association").orElseThrow().roles()).containsExactly(Role.ASSOCIATION);
    }

    @Test
    void probesAndMetricsAreExposed() throws Exception {
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> prometheus = get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
    }

    private Jwt verified(String token) {
        // Signature checked against the published keys, as every resource server does.
        return NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build().decode(token);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("remacto-identity-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
