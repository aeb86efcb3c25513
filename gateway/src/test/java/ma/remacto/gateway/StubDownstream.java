package ma.remacto.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the downstream services (members, identity, opendata) and for identity's
 * JWKS endpoint. It records what reached it so tests can check what the gateway forwarded.
 */
final class StubDownstream implements AutoCloseable {

	record Received(String method, String path, Headers headers, String body) {

		String header(String name) {
			return this.headers.getFirst(name);
		}

	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicBoolean ready = new AtomicBoolean(true);

	StubDownstream(RSAKey signingKey) {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String jwks = new JWKSet(signingKey.toPublicJWK()).toString();
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/oauth2/jwks", (exchange) -> respond(exchange, 200, "application/json", jwks));
		this.server.createContext("/actuator/health/readiness", (exchange) -> {
			if (this.ready.get()) {
				respond(exchange, 200, "application/vnd.spring-boot.actuator.v3+json", "{\"status\":\"UP\"}");
			}
			else {
				respond(exchange, 503, "application/vnd.spring-boot.actuator.v3+json", "{\"status\":\"OUT_OF_SERVICE\"}");
			}
		});
		this.server.createContext("/", (exchange) -> {
			Received request = record(exchange);
			String path = request.path();
			if (path.equals("/api/members/slow")) {
				sleep(3000);
				respond(exchange, 200, "application/json", "{\"slow\":true}");
			}
			else if (path.equals("/login")) {
				// Identity's own security headers must survive the gateway unchanged.
				exchange.getResponseHeaders().add("X-Frame-Options", "SAMEORIGIN");
				respond(exchange, 200, "text/html", "<html>login</html>");
			}
			else {
				int status = "POST".equals(request.method()) && path.startsWith("/api/members") ? 201 : 200;
				respond(exchange, status, "application/json", "{\"path\":\"" + path + "\"}");
			}
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void ready(boolean ready) {
		this.ready.set(ready);
	}

	List<Received> received() {
		return this.received;
	}

	Received last() {
		if (this.received.isEmpty()) {
			throw new AssertionError("nothing reached the downstream stub");
		}
		return this.received.get(this.received.size() - 1);
	}

	void reset() {
		this.received.clear();
		this.ready.set(true);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private Received record(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Headers copy = new Headers();
		exchange.getRequestHeaders().forEach((name, values) -> copy.put(name, List.copyOf(values)));
		Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), copy,
				body);
		this.received.add(request);
		return request;
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
