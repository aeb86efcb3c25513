package ma.remacto.gateway;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's rate limits on the real gateway, in front of a real HTTP server playing every service. Clients come
 * from different loopback addresses (127.0.0.0/8 all reach this machine), 127.0.0.9 playing the trusted ingress.
 * Time is a clock the tests move, so refills need no sleeping. Each test uses its own addresses and subjects: the
 * buckets are shared by the whole class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIntegrationTests {

	private static final String ISSUER = "http://localhost:8080";

	private static final RSAKey KEY = rsaKey();

	private static final StubDownstream STUB = new StubDownstream(KEY);

	private static final String PROXY = "127.0.0.9";

	@LocalServerPort
	private int port;

	@Autowired
	private MovableClock clock;

	@DynamicPropertySource
	static void downstreams(DynamicPropertyRegistry registry) {
		for (String service : List.of("identity", "members", "ideation", "search", "projects", "consultations",
				"petitions", "opendata", "portal")) {
			registry.add("remacto.gateway.services." + service + ".url", STUB::url);
		}
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> STUB.url() + "/oauth2/jwks");
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
		registry.add("spring.cloud.gateway.server.webflux.trusted-proxies", () -> "127\\.0\\.0\\.9");
		registry.add("remacto.gateway.rate-limits.tiers.general.per-subject.capacity", () -> "20");
		registry.add("remacto.gateway.rate-limits.tiers.general.per-address.capacity", () -> "20");
		registry.add("remacto.gateway.rate-limits.tiers.submissions.per-subject.capacity", () -> "3");
		registry.add("remacto.gateway.rate-limits.tiers.submissions.per-subject.per", () -> "1m");
		registry.add("remacto.gateway.rate-limits.tiers.submissions.per-address.capacity", () -> "5");
		registry.add("remacto.gateway.rate-limits.tiers.submissions.per-address.per", () -> "1m");
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		MovableClock movableClock() {
			return new MovableClock();
		}

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
	void theSubmissionAfterTheLimitFromOneAddressIs429WithRetryAfterInBothLanguages() {
		WebTestClient client = from("127.0.0.2");
		// Five people, one address: the address's bucket (5) runs out, no person's (3) does.
		for (int i = 1; i <= 4; i++) {
			submit(client, "/api/ideas", token("crowd-" + i)).expectStatus().isOk();
		}
		// The headers show the bucket closest to running out: here the address's.
		submit(client, "/api/ideas", token("crowd-5")).expectStatus().isOk()
			.expectHeader().valueEquals("RateLimit-Limit", "5")
			.expectHeader().valueEquals("RateLimit-Remaining", "0");
		int forwarded = STUB.received().size();
		submit(client, "/api/ideas", token("crowd-6")).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "12")
			.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "ar")
			.expectHeader().valueEquals("RateLimit-Remaining", "0")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().exists("X-Correlation-Id")
			.expectBody()
			.jsonPath("$.type").isEqualTo("https://remacto.ma/problems/rate-limited")
			.jsonPath("$.code").isEqualTo("rate-limited")
			.jsonPath("$.status").isEqualTo(429)
			.jsonPath("$.title").isEqualTo("طلبات كثيرة جدا")
			.jsonPath("$.instance").isEqualTo("/api/ideas")
			.jsonPath("$.messages.ar.detail")
			.isEqualTo("أرسلت عددا كبيرا من الطلبات في وقت قصير. يرجى الانتظار قليلا ثم إعادة المحاولة.")
			.jsonPath("$.messages.fr.title").isEqualTo("Trop de requêtes");
		client.post()
			.uri("/api/petitions/7/signatures")
			.headers((headers) -> headers.setBearerAuth(token("crowd-7")))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "fr")
			.expectBody()
			.jsonPath("$.title").isEqualTo("Trop de requêtes")
			.jsonPath("$.detail")
			.isEqualTo("Vous avez envoyé trop de requêtes en peu de temps. Veuillez patienter un moment puis réessayer.");
		assertThat(STUB.received()).hasSize(forwarded);

		// Another address is not affected.
		submit(from("127.0.0.3"), "/api/ideas/42/supports", token("crowd-8")).expectStatus().isOk();
		assertThat(STUB.last().path()).isEqualTo("/api/ideas/42/supports");
	}

	@Test
	void onePersonIsLimitedByTheirSubjectWhateverTheAddressAndOthersAreNotAffected() {
		String person = token("busy-person");
		submit(from("127.0.0.4"), "/api/petitions", person).expectStatus().isOk();
		submit(from("127.0.0.5"), "/api/consultations/c1/contributions", person).expectStatus().isOk();
		submit(from("127.0.0.6"), "/api/surveys/s1/answers", person).expectStatus().isOk();
		submit(from("127.0.0.7"), "/api/ideas", person).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "20");
		// A new token for the same person changes nothing.
		submit(from("127.0.0.7"), "/api/ideas", token("busy-person")).expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		submit(from("127.0.0.4"), "/api/ideas", token("another-person")).expectStatus().isOk();
	}

	@Test
	void aBucketRefillsWithTime() {
		WebTestClient client = from("127.0.0.10");
		String person = token("patient-person");
		for (int i = 0; i < 3; i++) {
			submit(client, "/api/ideas", person).expectStatus().isOk();
		}
		submit(client, "/api/ideas", person).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "20");
		this.clock.advance(Duration.ofSeconds(19));
		submit(client, "/api/ideas", person).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1");
		this.clock.advance(Duration.ofMillis(1001));
		submit(client, "/api/ideas", person).expectStatus().isOk()
			.expectHeader().valueEquals("RateLimit-Remaining", "0");
		// A whole period refills the whole bucket.
		this.clock.advance(Duration.ofMinutes(1));
		for (int i = 0; i < 3; i++) {
			submit(client, "/api/ideas", person).expectStatus().isOk();
		}
	}

	@Test
	void aClientCannotPickItsAddressWithXForwardedForButATrustedProxyNamesTheClient() {
		// 127.0.0.11 is not a trusted proxy: its X-Forwarded-For is ignored, every request counts against it.
		WebTestClient direct = from("127.0.0.11");
		for (int i = 1; i <= 5; i++) {
			submit(direct, "/api/ideas", token("spoofer-" + i), "198.51.100." + i).expectStatus().isOk();
		}
		submit(direct, "/api/ideas", token("spoofer-6"), "198.51.100.6").expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

		// Through the trusted ingress, each client is counted by the address the ingress appended (the rightmost);
		// what the client wrote further left does not matter.
		WebTestClient ingress = from(PROXY);
		for (int i = 1; i <= 5; i++) {
			submit(ingress, "/api/ideas", token("behind-" + i), "10.9.9." + i + ", 203.0.113.7").expectStatus()
				.isOk();
		}
		submit(ingress, "/api/ideas", token("behind-6"), "203.0.113.7").expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		submit(ingress, "/api/ideas", token("behind-7"), "203.0.113.8").expectStatus().isOk();
		// An IPv6 client is one /64.
		for (int i = 1; i <= 5; i++) {
			submit(ingress, "/api/ideas", token("v6-" + i), "2001:db8:1:2::" + i).expectStatus().isOk();
		}
		submit(ingress, "/api/ideas", token("v6-6"), "2001:db8:1:2:ffff::1").expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void readsAreNotLimitedByTheSubmissionTier() {
		WebTestClient client = from("127.0.0.12");
		for (int i = 1; i <= 5; i++) {
			submit(client, "/api/ideas", token("reader-" + i)).expectStatus().isOk();
		}
		submit(client, "/api/ideas", token("reader-6")).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		// Reads from the same address (anonymous: the general tier by address) and by the same people go on.
		client.get().uri("/api/ideas").exchange().expectStatus().isOk()
			.expectHeader().valueEquals("RateLimit-Limit", "20");
		client.get().uri("/ar/petitions").exchange().expectStatus().isOk();
		client.get()
			.uri("/api/ideas/42")
			.headers((headers) -> headers.setBearerAuth(token("reader-6")))
			.exchange()
			.expectStatus().isOk();
	}

	@Test
	void thePortalsFormsAreSubmissionsCountedByAddress() {
		WebTestClient client = from("127.0.0.13");
		for (int i = 1; i <= 5; i++) {
			client.post().uri("/fr/ideas/new").bodyValue("problem=x").exchange().expectStatus().isOk();
		}
		client.post().uri("/ar/petitions/9/signature").exchange().expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		client.get().uri("/fr/ideas/new").exchange().expectStatus().isOk();
	}

	@Test
	void everyRequestHasAGeneralLimitButProbesAreNeverLimited() {
		WebTestClient client = from("127.0.0.14");
		for (int i = 0; i < 20; i++) {
			client.get().uri("/ar/").exchange().expectStatus().isOk();
		}
		client.get().uri("/assets/portal.css").exchange().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().exists(HttpHeaders.RETRY_AFTER);
		for (int i = 0; i < 25; i++) {
			client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
				.expectHeader().doesNotExist("RateLimit-Limit");
		}
		// A signed-in caller is counted by subject, not by the exhausted address.
		client.get()
			.uri("/api/members")
			.headers((headers) -> headers.setBearerAuth(token("signed-in-reader")))
			.exchange()
			.expectStatus().isOk();

		// Refusals are counted by tier and by what was counted, never by who.
		String metrics = client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(metrics).contains("remacto_gateway_rate_limited_total{by=\"address\",tier=\"general\"}");
		assertThat(metrics).doesNotContain("127.0.0.14");
	}

	@Test
	void httpsAnswersCarryStrictTransportSecurityOnlyWhenATrustedProxySaysHttps() {
		from(PROXY).get().uri("/api/members").header("X-Forwarded-Proto", "https").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin");
		from(PROXY).get().uri("/ar/").header("X-Forwarded-Proto", "https").exchange()
			.expectStatus().isOk()
			.expectHeader().exists("Strict-Transport-Security");
		from("127.0.0.15").get().uri("/api/members").header("X-Forwarded-Proto", "https").exchange()
			.expectStatus().isOk()
			.expectHeader().doesNotExist("Strict-Transport-Security");
		from(PROXY).get().uri("/api/members").exchange()
			.expectStatus().isOk()
			.expectHeader().doesNotExist("Strict-Transport-Security");
	}

	private WebTestClient.ResponseSpec submit(WebTestClient client, String path, String token) {
		return submit(client, path, token, null);
	}

	private WebTestClient.ResponseSpec submit(WebTestClient client, String path, String token, String forwardedFor) {
		return client.post()
			.uri(path)
			.headers((headers) -> {
				headers.setBearerAuth(token);
				if (forwardedFor != null) {
					headers.set("X-Forwarded-For", forwardedFor);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange();
	}

	/** A client whose connections come from {@code address} (any 127.x.y.z reaches this machine on Linux). */
	private WebTestClient from(String address) {
		HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(10))
			.build();
	}

	private static String token(String subject) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(subject)
			.claim("roles", List.of("CITIZEN"))
			.issueTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plusSeconds(600)))
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(KEY));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey rsaKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("identity-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A clock the tests move forward; the gateway's buckets read it. */
	static final class MovableClock extends Clock {

		private final AtomicLong millis = new AtomicLong(System.currentTimeMillis());

		void advance(Duration duration) {
			this.millis.addAndGet(duration.toMillis());
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(this.millis.get());
		}

		@Override
		public long millis() {
			return this.millis.get();
		}

	}

}
