package ma.remacto.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal on its own, with every service unreachable (a closed port): what a reader gets when a service is away,
 * and what every page carries whatever happens (security headers, language). The pages with the services' data are
 * tested in a browser against the real stack (src/test/e2e).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"remacto.portal.services.members=http://127.0.0.1:9",
        "remacto.portal.services.ideation=http://127.0.0.1:9", "remacto.portal.services.search=http://127.0.0.1:9",
        "remacto.portal.services.projects=http://127.0.0.1:9"})
class PortalPagesTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRootIsArabicFirst() throws Exception {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/ar/");
    }

    @Test
    void aServiceThatDoesNotAnswerIsA503PageInTheReadersLanguage() throws Exception {
        HttpResponse<String> ar = get("/ar/members/larache");
        assertThat(ar.statusCode()).isEqualTo(503);
        assertThat(ar.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(ar.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("الخدمة غير متاحة مؤقتا");
        HttpResponse<String> fr = get("/fr/search?q=eau");
        assertThat(fr.statusCode()).isEqualTo(503);
        assertThat(fr.body()).contains("<html lang=\"fr\" dir=\"ltr\">").contains("Service momentanément indisponible")
                .contains("href=\"/ar/search?q=eau\"");
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/fr/search");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).doesNotContain("style=\"").doesNotContain("<script>");
    }

    @Test
    void theDigitsChoiceOnlyReturnsToAPageOfThePortal() throws Exception {
        HttpResponse<String> local = get("/portal/digits?use=arab&back=/ar/members/larache");
        assertThat(local.headers().firstValue("Location").orElseThrow()).endsWith("/ar/members/larache");
        assertThat(local.headers().firstValue("Set-Cookie").orElseThrow()).contains("remacto_digits=arab")
                .contains("HttpOnly");
        HttpResponse<String> elsewhere = get("/portal/digits?use=arab&back=//evil.example/");
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/ar/");
    }

    @Test
    void anUnknownLanguageOrPageIsNotFound() throws Exception {
        assertThat(get("/en/").statusCode()).isEqualTo(404);
    }

    @Test
    void signingInStartsAnAuthorizationCodeRequestWithPkce() throws Exception {
        HttpResponse<String> start = get("/portal/login/remacto");
        assertThat(start.statusCode()).isEqualTo(302);
        String location = start.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://localhost:8080/oauth2/authorize?").contains("response_type=code")
                .contains("client_id=remacto-portal").contains("code_challenge_method=S256")
                .contains("redirect_uri=http://127.0.0.1:" + port + "/portal/callback");
    }
}
