package ma.remacto.gateway.web;

import java.util.concurrent.atomic.AtomicLong;

import ma.remacto.gateway.RemactoGatewayProperties;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses request bodies above {@code remacto.gateway.max-request-size} with 413. The gateway streams bodies, so
 * without this a client could push an unbounded upload through to a service. Declared sizes are refused before
 * anything is forwarded; chunked bodies are counted as they stream.
 */
@Component
public class RequestSizeLimitFilter implements WebFilter, Ordered {

	private final long maxBytes;

	public RequestSizeLimitFilter(RemactoGatewayProperties properties) {
		this.maxBytes = properties.maxRequestSize().toBytes();
	}

	@Override
	public int getOrder() {
		// After Spring Security (-100): an unauthenticated upload is a 401, not a 413.
		return 0;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		long declared = request.getHeaders().getContentLength();
		if (declared > this.maxBytes) {
			return Mono.error(tooLarge());
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong total = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (total.addAndGet(buffer.readableByteCount()) > RequestSizeLimitFilter.this.maxBytes) {
						DataBufferUtils.release(buffer);
						sink.error(tooLarge());
					}
					else {
						sink.next(buffer);
					}
				});
			}
		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

	private static ResponseStatusException tooLarge() {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
	}

}
