package ma.remacto.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link DemoToken} against a small scripted authorization server that behaves like Spring Authorization
 * Server behind a gateway: relative and absolute redirects, a session cookie, a CSRF-protected login form and a token
 * endpoint that verifies the PKCE pair. The identity service's own tests run the same class against the real server.
 */
class DemoTokenTest {

    private HttpServer server;
    private URI base;
    private final List<String> log = new ArrayList<>();
    private String challenge;
    private String state;
    private String authorizeError;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/authorize", this::authorize);
        server.createContext("/login", this::login);
        server.createContext("/oauth2/token", this::token);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void followsTheLoginAndReturnsOnlyTheAccessToken() throws IOException {
        String token = DemoToken.fetch(base, "citizen", "demo");

        assertThat(token).isEqualTo("token-for-citizen");
        assertThat(log).containsExactly("GET /oauth2/authorize", "GET /login", "POST /login",
                "GET /oauth2/authorize", "POST /oauth2/token");
    }

    @Test
    void acceptsABaseUrlWithATrailingSlash() throws IOException {
        assertThat(DemoToken.fetch(URI.create(base + "/"), "admin", "demo")).isEqualTo("token-for-admin");
    }

    @Test
    void wrongPasswordIsReportedAsARefusedLogin() {
        assertThatThrownBy(() -> DemoToken.fetch(base, "citizen", "not-the-password"))
                .isInstanceOf(DemoToken.LoginRefusedException.class)
                .hasMessage("login refused for citizen");
        assertThat(log).doesNotContain("POST /oauth2/token");
    }

    @Test
    void anErrorRedirectToTheCallbackIsReported() {
        authorizeError = "invalid_scope";

        assertThatThrownBy(() -> DemoToken.fetch(base, "citizen", "demo"))
                .isInstanceOf(DemoToken.TokenFlowException.class)
                .hasMessageContaining("invalid_scope");
    }

    @Test
    void commandLinePrintsTheTokenAloneAndFailsWithExitCodeOne() throws Exception {
        Process ok = run(base.toString(), "association");
        assertThat(ok.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ok.exitValue()).isZero();
        assertThat(new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("token-for-association" + System.lineSeparator());

        Process refused = run(base.toString(), "association", "wrong");
        assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isEqualTo(1);
        assertThat(refused.getInputStream().readAllBytes()).isEmpty();
        assertThat(new String(refused.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("login refused for association");
    }

    @Test
    void challengeIsTheS256OfTheVerifier() {
        // RFC 7636 appendix B.
        assertThat(DemoToken.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    private Process run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DemoToken.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    // --- the scripted server ---

    private void authorize(HttpExchange exchange) throws IOException {
        log.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        Map<String, String> query = DemoToken.parseQuery(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type")) || !DemoToken.CLIENT_ID.equals(query.get("client_id"))
                || !DemoToken.REDIRECT_URI.equals(query.get("redirect_uri"))
                || !"openid profile".equals(query.get("scope")) || !"S256".equals(query.get("code_challenge_method"))) {
            respond(exchange, 400, "bad authorization request " + query);
            return;
        }
        challenge = query.get("code_challenge");
        state = query.get("state");
        if (authorizeError != null) {
            redirect(exchange, DemoToken.REDIRECT_URI + "?error=" + authorizeError + "&state=" + state);
        } else if (session(exchange).startsWith("user-")) {
            redirect(exchange, DemoToken.REDIRECT_URI + "?code=code-" + session(exchange).substring(5)
                    + "&state=" + state);
        } else {
            exchange.getResponseHeaders().add("Set-Cookie", "SESSION=anonymous; Path=/; HttpOnly");
            // Relative on purpose: the client must resolve it against the URL that issued it.
            redirect(exchange, "/login");
        }
    }

    private void login(HttpExchange exchange) throws IOException {
        log.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        if ("GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 200, """
                    <!DOCTYPE html><html lang="ar" dir="rtl"><body>
                    <form method="post" action="/login">
                      <label for="username">اسم المستخدم</label><input id="username" name="username" type="text">
                      <label for="password">كلمة المرور</label><input type="password" id="password" name="password">
                      <input type="hidden" name="_csrf" value="csrf-&amp;-token"/>
                      <button type="submit">دخول</button>
                    </form></body></html>
                    """);
            return;
        }
        Map<String, String> form = DemoToken.parseQuery(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"anonymous".equals(session(exchange)) || !"csrf-&-token".equals(form.get("_csrf"))) {
            respond(exchange, 403, "missing session or CSRF token");
        } else if ("demo".equals(form.get("password"))) {
            exchange.getResponseHeaders().add("Set-Cookie", "SESSION=user-" + form.get("username") + "; Path=/");
            redirect(exchange, base + "/oauth2/authorize?response_type=code&client_id=" + DemoToken.CLIENT_ID
                    + "&redirect_uri=" + DemoToken.REDIRECT_URI + "&scope=openid%20profile&state=" + state
                    + "&code_challenge=" + challenge + "&code_challenge_method=S256&continue");
        } else {
            redirect(exchange, "/login?error");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        log.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        Map<String, String> form = DemoToken.parseQuery(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String code = form.getOrDefault("code", "");
        if (!"authorization_code".equals(form.get("grant_type")) || !code.startsWith("code-")
                || !DemoToken.REDIRECT_URI.equals(form.get("redirect_uri"))
                || !DemoToken.challenge(form.getOrDefault("code_verifier", "")).equals(challenge)) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        respond(exchange, 200, "{\"access_token\":\"token-for-" + code.substring(5)
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private static String session(HttpExchange exchange) {
        return exchange.getRequestHeaders().getOrDefault("Cookie", List.of()).stream()
                .flatMap(header -> List.of(header.split(";")).stream())
                .map(String::trim)
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring("SESSION=".length()))
                .findFirst().orElse("");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
