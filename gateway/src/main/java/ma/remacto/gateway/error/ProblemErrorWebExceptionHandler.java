package ma.remacto.gateway.error;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.netty.handler.timeout.ReadTimeoutException;
import ma.remacto.gateway.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns every exception that reaches the web layer into problem JSON. Replaces Boot's default handler (which
 * answers a refused downstream connection with a 500 and a non-problem body). Ordered before
 * WebFluxResponseStatusExceptionHandler (0) and Boot's own handler (-1).
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private final ProblemWriter writer;

	ProblemErrorWebExceptionHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		GatewayProblem problem;
		HttpStatusCode status;
		if (hasCause(ex, ConnectException.class) || hasCause(ex, UnknownHostException.class)) {
			// Connection refused, connect timeout or unknown host: the service is not there, which is not our bug.
			problem = GatewayProblem.SERVICE_UNAVAILABLE;
			status = problem.status();
		}
		else if (hasCause(ex, TimeoutException.class) || hasCause(ex, ReadTimeoutException.class)) {
			problem = GatewayProblem.GATEWAY_TIMEOUT;
			status = problem.status();
		}
		else if (hasCause(ex, PrematureCloseException.class)) {
			problem = GatewayProblem.BAD_GATEWAY;
			status = problem.status();
		}
		else if (ex instanceof ResponseStatusException rse) {
			status = rse.getStatusCode();
			problem = GatewayProblem.forStatus(status.value());
			exchange.getResponse().getHeaders().addAll(rse.getHeaders());
		}
		else {
			problem = GatewayProblem.INTERNAL_ERROR;
			status = problem.status();
		}
		log(exchange, ex, status);
		return this.writer.write(exchange, problem, status);
	}

	private static void log(ServerWebExchange exchange, Throwable ex, HttpStatusCode status) {
		CorrelationIdFilter.withMdc(exchange, () -> {
			String request = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
			if (status.value() == 500) {
				log.error("{} failed", request, ex);
			}
			else if (status.is5xxServerError()) {
				log.warn("{} -> {}: {}", request, status.value(), describe(ex));
			}
			else if (log.isDebugEnabled()) {
				log.debug("{} -> {}: {}", request, status.value(), describe(ex));
			}
		});
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root == ex) ? ex.toString() : ex + " (cause: " + root + ")";
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

}
