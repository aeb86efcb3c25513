package ma.remacto.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.remacto.gateway.web.RegionScopeFilter;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of a real HTTP server playing members, identity (including its JWKS) and opendata, with
 * ideation enabled but pointing at a closed port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayIntegrationTests {

	private static final String ISSUER = "http://localhost:8080";

	private static final RSAKey KEY = rsaKey("identity-key");

	private static final RSAKey FOREIGN_KEY = rsaKey("someone-else");

	private static final StubDownstream STUB = new StubDownstream(KEY);

	private static final String DEAD_URL = "http://127.0.0.1:" + closedPort();

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void downstreams(DynamicPropertyRegistry registry) {
		registry.add("remacto.gateway.services.members.url", STUB::url);
		registry.add("remacto.gateway.services.identity.url", STUB::url);
		registry.add("remacto.gateway.services.opendata.url", STUB::url);
		registry.add("remacto.gateway.services.opendata.enabled", () -> "true");
		registry.add("remacto.gateway.services.portal.url", STUB::url);
		registry.add("remacto.gateway.services.ideation.url", () -> DEAD_URL);
		registry.add("remacto.gateway.services.ideation.enabled", () -> "true");
		// Switched off here to check what a service that is not enabled looks like.
		registry.add("remacto.gateway.services.petitions.enabled", () -> "false");
		registry.add("remacto.gateway.services.consultations.enabled", () -> "false");
		registry.add("remacto.gateway.max-request-size", () -> "1KB");
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> STUB.url() + "/oauth2/jwks");
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
		registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
	}

	@AfterAll
	static void stopStub() {
		STUB.close();
	}

	@BeforeEach
	void resetStub() {
		STUB.reset();
	}

	@Test
	void routesGetToMembersForwardingAndEchoingTheCorrelationId() {
		this.client.get()
			.uri("/api/members?kind=COMMUNE")
			.header("X-Correlation-Id", "larache-req.42_a")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("X-Correlation-Id", "larache-req.42_a")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueEquals("X-Frame-Options", "DENY")
			.expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectBody().jsonPath("$.path").isEqualTo("/api/members");

		StubDownstream.Received received = STUB.last();
		assertThat(received.method()).isEqualTo("GET");
		assertThat(received.path()).isEqualTo("/api/members");
		assertThat(received.header("X-Correlation-Id")).isEqualTo("larache-req.42_a");
	}

	@Test
	void aRegionalHostScopesRequestsToItsRegionAndNoClientSetsAScope() {
		this.client.get()
			.uri("/api/members?kind=COMMUNE")
			.header(HttpHeaders.HOST, "TTA.localhost:8080")
			.header(RegionScopeFilter.HEADER, "oriental")
			.exchange()
			.expectStatus().isOk();
		assertThat(STUB.last().header(RegionScopeFilter.HEADER)).isEqualTo("tanger-tetouan-al-hoceima");

		// The national host: whatever scope a client sends is dropped.
		this.client.get().uri("/api/members").header(RegionScopeFilter.HEADER, "oriental").exchange().expectStatus().isOk();
		assertThat(STUB.last().header(RegionScopeFilter.HEADER)).isNull();

		// The portal's pages get the scope too (its name and colours, and the services it calls).
		this.client.get().uri("/ar/").header(HttpHeaders.HOST, "tta.localhost").exchange().expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/ar/");
		assertThat(STUB.last().header(RegionScopeFilter.HEADER)).isEqualTo("tanger-tetouan-al-hoceima");
		this.client.get().uri("/").exchange().expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/");
	}

	@Test
	void regionalCouncilsFrontEndsMayCallTheApiAndOtherOriginsMayNot() {
		this.client.options()
			.uri("/api/members")
			.header(HttpHeaders.ORIGIN, "https://tta.remacto.ma")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://tta.remacto.ma")
			.expectHeader().exists(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
		this.client.get()
			.uri("/api/members")
			.header(HttpHeaders.ORIGIN, "https://tta.remacto.ma")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://tta.remacto.ma");
		this.client.options()
			.uri("/api/members")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void servesOneBrowsableUiForEveryServicesOpenApiDocument() {
		this.client.get().uri("/api-docs").exchange().expectStatus().isFound();
		this.client.get()
			.uri("/v3/api-docs/gateway-config/swagger-config")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.urls[?(@.name == 'members')].url").isEqualTo("/v3/api-docs/members")
			.jsonPath("$.urls[?(@.name == 'opendata')].url").isEqualTo("/v3/api-docs/opendata")
			.jsonPath("$.urls.length()").isEqualTo(7);
	}

	@Test
	void routesNestedMemberPaths() {
		this.client.get().uri("/api/members/beni-ansar").exchange().expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/api/members/beni-ansar");
	}

	@Test
	void replacesAnInvalidCorrelationIdAndGeneratesAMissingOne() {
		String tooLong = "a".repeat(65);
		for (String incoming : new String[] { "bad id!", tooLong, "x\u0645" }) {
			String echoed = this.client.get()
				.uri("/api/members")
				.header("X-Correlation-Id", incoming)
				.exchange()
				.expectStatus().isOk()
				.returnResult(String.class)
				.getResponseHeaders()
				.getFirst("X-Correlation-Id");
			assertThat(echoed).matches(UUID_PATTERN);
			assertThat(STUB.last().header("X-Correlation-Id")).isEqualTo(echoed);
		}
		String generated = this.client.get()
			.uri("/api/members")
			.exchange()
			.expectStatus().isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Correlation-Id");
		assertThat(generated).matches(UUID_PATTERN);
		assertThat(STUB.last().header("X-Correlation-Id")).isEqualTo(generated);
	}

	@Test
	void postWithoutTokenIsA401ProblemInArabicByDefault() {
		this.client.post()
			.uri("/api/members")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"slug\":\"larache\"}")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "ar")
			.expectHeader().exists("X-Correlation-Id")
			.expectBody()
			.jsonPath("$.type").isEqualTo("https://remacto.ma/problems/unauthenticated")
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.title").isEqualTo("المصادقة مطلوبة")
			.jsonPath("$.detail").isEqualTo("يتطلب هذا الطلب تسجيل الدخول. يرجى تقديم رمز وصول صالح.")
			.jsonPath("$.instance").isEqualTo("/api/members")
			.jsonPath("$.messages.ar.detail").isEqualTo("يتطلب هذا الطلب تسجيل الدخول. يرجى تقديم رمز وصول صالح.")
			.jsonPath("$.messages.fr.detail")
			.isEqualTo("Cette requête nécessite une connexion. Veuillez fournir un jeton d'accès valide.");
		assertThat(STUB.received()).isEmpty();
	}

	@Test
	void unsafeMethodsWithoutTokenAreRefusedInFrenchWhenAsked() {
		for (var method : List.of(org.springframework.http.HttpMethod.PUT, org.springframework.http.HttpMethod.PATCH,
				org.springframework.http.HttpMethod.DELETE)) {
			this.client.method(method)
				.uri("/api/members/larache")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en;q=1, fr-MA;q=0.8, ar;q=0.5")
				.exchange()
				.expectStatus().isUnauthorized()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "fr")
				.expectBody()
				.jsonPath("$.title").isEqualTo("Authentification requise")
				.jsonPath("$.messages.ar.detail").isEqualTo("يتطلب هذا الطلب تسجيل الدخول. يرجى تقديم رمز وصول صالح.");
		}
		assertThat(STUB.received()).isEmpty();
	}

	@Test
	void postWithValidTokenPassesWithTheAuthorizationHeaderForwarded() {
		String token = token(KEY, ISSUER, Instant.now().plusSeconds(300));
		this.client.post()
			.uri("/api/members")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"slug\":\"larache\"}")
			.exchange()
			.expectStatus().isCreated();

		StubDownstream.Received received = STUB.last();
		assertThat(received.method()).isEqualTo("POST");
		assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
		assertThat(received.body()).isEqualTo("{\"slug\":\"larache\"}");
	}

	@Test
	void invalidTokensAreRefusedEvenOnPublicReads() {
		List<String> invalid = List.of(token(KEY, ISSUER, Instant.now().minusSeconds(120)),
				token(FOREIGN_KEY, ISSUER, Instant.now().plusSeconds(300)),
				token(KEY, "http://evil.example", Instant.now().plusSeconds(300)), "not-a-jwt");
		for (String token : invalid) {
			this.client.get()
				.uri("/api/members")
				.headers((headers) -> headers.setBearerAuth(token))
				.exchange()
				.expectStatus().isUnauthorized()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, (value) -> assertThat(value)
					.startsWith("Bearer error=\"invalid_token\""))
				.expectBody()
				.jsonPath("$.type").isEqualTo("https://remacto.ma/problems/invalid-token")
				.jsonPath("$.messages.fr.detail")
				.isEqualTo("Le jeton d'accès fourni est invalide ou a expiré. Veuillez vous reconnecter.");
		}
		this.client.get()
			.uri("/api/members")
			.header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz")
			.exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.type").isEqualTo("https://remacto.ma/problems/invalid-token");
		assertThat(STUB.received()).isEmpty();
	}

	@Test
	void ckanActionsAcceptAnonymousPosts() {
		this.client.post()
			.uri("/api/3/action/package_search")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"q\":\"budget\"}")
			.exchange()
			.expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/api/3/action/package_search");
		this.client.post().uri("/api/action/package_show").exchange().expectStatus().isOk();
		this.client.get().uri("/catalog.ttl").exchange().expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/catalog.ttl");
	}

	@Test
	void identityPathsPassThroughUntouched() {
		// client_secret_basic at the token endpoint: neither the Basic header nor the missing CSRF token is ours
		// to judge.
		this.client.post()
			.uri("/oauth2/token")
			.header(HttpHeaders.AUTHORIZATION, "Basic cG9ydGFsOnNlY3JldA==")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("grant_type=client_credentials")
			.exchange()
			.expectStatus().isOk();
		StubDownstream.Received token = STUB.last();
		assertThat(token.path()).isEqualTo("/oauth2/token");
		assertThat(token.header("Authorization")).isEqualTo("Basic cG9ydGFsOnNlY3JldA==");
		assertThat(token.body()).isEqualTo("grant_type=client_credentials");
		// Identity builds its redirects from these.
		assertThat(token.header("X-Forwarded-Host")).startsWith("localhost:");
		assertThat(token.header("X-Forwarded-Proto")).isEqualTo("http");

		this.client.get()
			.uri("/userinfo")
			.headers((headers) -> headers.setBearerAuth("opaque-to-the-gateway"))
			.exchange()
			.expectStatus().isOk();
		this.client.get()
			.uri("/api/roles?member=larache")
			.headers((headers) -> headers.setBearerAuth("checked-by-identity"))
			.exchange()
			.expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/api/roles");
		assertThat(STUB.last().header("Authorization")).isEqualTo("Bearer checked-by-identity");
		this.client.post().uri("/logout").exchange().expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/logout");

		this.client.get()
			.uri("/login")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valuesMatch("X-Frame-Options", "SAMEORIGIN")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
		this.client.get().uri("/.well-known/openid-configuration").exchange().expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/.well-known/openid-configuration");
	}

	@Test
	void publishesEachServicesOpenApiDocument() {
		this.client.get().uri("/v3/api-docs/members").exchange().expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/v3/api-docs");
		this.client.get()
			.uri("/v3/api-docs/identity")
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unreachableServiceIsA503Problem() {
		this.client.get()
			.uri("/api/ideas")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("https://remacto.ma/problems/service-unavailable")
			.jsonPath("$.status").isEqualTo(503)
			.jsonPath("$.title").isEqualTo("الخدمة غير متاحة")
			.jsonPath("$.messages.ar.detail").isEqualTo("الخدمة المطلوبة غير متاحة حاليا. يرجى المحاولة لاحقا.")
			.jsonPath("$.messages.fr.detail")
			.isEqualTo("Le service demandé est momentanément indisponible. Veuillez réessayer plus tard.");
		this.client.get()
			.uri("/api/ideas/42")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody().jsonPath("$.title").isEqualTo("Service indisponible");
	}

	@Test
	void slowServiceIsA504Problem() {
		this.client.get()
			.uri("/api/members/slow")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("https://remacto.ma/problems/gateway-timeout")
			.jsonPath("$.messages.fr.detail").exists();
	}

	@Test
	void unknownPathsAndServicesNotEnabledAre404Problems() {
		for (String path : new String[] { "/nowhere", "/api/petitions", "/api/petitions/7", "/api/consultations" }) {
			this.client.get()
				.uri(path)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR")
				.exchange()
				.expectStatus().isNotFound()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type").isEqualTo("https://remacto.ma/problems/not-found")
				.jsonPath("$.title").isEqualTo("Ressource introuvable")
				.jsonPath("$.instance").isEqualTo(path)
				.jsonPath("$.messages.ar.detail").isEqualTo("لا يوجد أي مورد يطابق هذا العنوان.");
		}
		assertThat(STUB.received()).isEmpty();
	}

	@Test
	void oversizedBodiesAre413Problems() {
		String token = token(KEY, ISSUER, Instant.now().plusSeconds(300));
		this.client.post()
			.uri("/api/members")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"notes\":\"" + "x".repeat(2048) + "\"}")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("https://remacto.ma/problems/request-too-large");
		assertThat(STUB.received()).isEmpty();
	}

	@Test
	void oversizedChunkedBodiesAre413Problems() {
		String token = token(KEY, ISSUER, Instant.now().plusSeconds(300));
		Flux<String> chunks = Flux.range(0, 8).map((i) -> "y".repeat(512));
		this.client.post()
			.uri("/api/members")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.TEXT_PLAIN)
			.body(BodyInserters.fromPublisher(chunks, String.class))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void oversizedHeadersAndAddressesAreRefusedBeforeAnyService() {
		this.client.get()
			.uri("/api/members")
			.header("X-Padding", "p".repeat(20_000))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
		this.client.get()
			.uri("/api/members?q=" + "q".repeat(20_000))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.URI_TOO_LONG);
		assertThat(STUB.received()).isEmpty();
	}

	@Test
	void aggregatedHealthReportsEachDownstreamService() {
		// ideation points at a closed port, so the aggregate is DOWN from the start.
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.components.downstream.components.members.status").isEqualTo("UP")
			.jsonPath("$.components.downstream.components.members.details.url")
			.isEqualTo(STUB.url() + "/actuator/health/readiness")
			.jsonPath("$.components.downstream.components.identity.status").isEqualTo("UP")
			.jsonPath("$.components.downstream.components.ideation.status").isEqualTo("DOWN")
			.jsonPath("$.components.downstream.components.ideation.details.error").exists()
			.jsonPath("$.components.downstream.components.petitions").doesNotExist();

		STUB.ready(false);
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.components.downstream.components.members.status").isEqualTo("DOWN")
			.jsonPath("$.components.downstream.components.members.details.httpStatus").isEqualTo(503)
			.jsonPath("$.components.downstream.components.members.details.status").isEqualTo("OUT_OF_SERVICE");

		// Kubernetes must neither restart nor unroute the gateway because a service is down.
		for (String group : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			this.client.get()
				.uri(group)
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.status").isEqualTo("UP")
				.jsonPath("$.components.downstream").doesNotExist();
		}
	}

	@Test
	void exposesInfoAndPrometheus() {
		this.client.get().uri("/actuator/info").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("jvm_memory_used_bytes"));
	}

	private static String token(RSAKey key, String issuer, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
			.subject("citizen-" + UUID.randomUUID())
			.claim("roles", List.of("CITIZEN"))
			.claim("members", List.of())
			.issueTime(Date.from(expiresAt.minusSeconds(600)))
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey rsaKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
