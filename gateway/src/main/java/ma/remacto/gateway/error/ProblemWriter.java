package ma.remacto.gateway.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.remacto.gateway.error.GatewayProblem.Language;
import ma.remacto.gateway.web.CorrelationIdFilter;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 problem details. Title and detail follow Accept-Language (Arabic unless French is preferred);
 * {@code messages} always carries both languages so a client can show either without a second request.
 */
@Component
public class ProblemWriter {

	private static final List<Locale> SUPPORTED = List.of(Locale.of("ar"), Locale.of("fr"));

	private final JsonMapper jsonMapper;

	public ProblemWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem) {
		return write(exchange, problem, problem.status());
	}

	public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem, HttpStatusCode status) {
		ServerHttpRequest request = exchange.getRequest();
		ServerHttpResponse response = exchange.getResponse();
		Language language = language(request);

		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.type());
		body.put("title", problem.title(language));
		body.put("status", status.value());
		body.put("detail", problem.detail(language));
		body.put("instance", request.getPath().value());
		String correlationId = CorrelationIdFilter.correlationId(exchange);
		if (correlationId != null) {
			body.put("correlationId", correlationId);
		}
		body.put("code", problem.code());
		// Same shape as the services' problems (platform ProblemResponses), so clients parse one format.
		Map<String, Map<String, String>> messages = new LinkedHashMap<>();
		for (Language each : Language.values()) {
			messages.put(each.tag(), Map.of("title", problem.title(each), "detail", problem.detail(each)));
		}
		body.put("messages", messages);
		byte[] bytes = this.jsonMapper.writeValueAsBytes(body);

		response.setStatusCode(status);
		HttpHeaders headers = response.getHeaders();
		// A failure can strike after a downstream's headers were copied but before anything was sent.
		headers.remove(HttpHeaders.CONTENT_ENCODING);
		headers.remove(HttpHeaders.TRANSFER_ENCODING);
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLength(bytes.length);
		headers.set(HttpHeaders.CONTENT_LANGUAGE, language.tag());
		headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		DataBuffer buffer = response.bufferFactory().wrap(bytes);
		return response.writeWith(Mono.just(buffer));
	}

	static Language language(ServerHttpRequest request) {
		String header = request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return Language.AR;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return (match != null && match.getLanguage().equals("fr")) ? Language.FR : Language.AR;
		}
		catch (IllegalArgumentException ex) {
			return Language.AR;
		}
	}

}
