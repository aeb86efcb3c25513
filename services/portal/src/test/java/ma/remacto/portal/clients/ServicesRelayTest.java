package ma.remacto.portal.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the portal passes on to a service it calls for a reader: the reader's address as the gateway saw it (the
 * services' per-address limits on signatures and contributions must count each reader, not the portal), and the
 * page's language. A small HTTP server stands in for the members service and records what it was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicesRelayTest {

    static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    static final HttpServer MEMBERS = start();

    record Seen(String forwardedFor, String language) {
    }

    static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                SEEN.add(new Seen(exchange.getRequestHeaders().getFirst("X-Forwarded-For"),
                        exchange.getRequestHeaders().getFirst("Accept-Language")));
                byte[] body = "{\"status\":404,\"detail\":\"none\"}".getBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("remacto.portal.services.members", () -> "http://127.0.0.1:" + MEMBERS.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        MEMBERS.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void theReadersAddressFromTheGatewayAndThePagesLanguageGoToTheService() throws Exception {
        SEEN.clear();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/fr/members/nowhere"))
                .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(SEEN).first().isEqualTo(new Seen("203.0.113.9", "fr"));
    }
}
