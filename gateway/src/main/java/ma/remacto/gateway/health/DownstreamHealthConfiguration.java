package ma.remacto.gateway.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.channel.ChannelOption;
import ma.remacto.gateway.RemactoGatewayProperties;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Adds a {@code downstream} component to {@code /actuator/health} with one entry per enabled service. It is not in
 * the liveness or readiness group: a service being down must never make Kubernetes restart or unroute the gateway,
 * which still has to answer 503 problem JSON for it.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamHealthConfiguration {

	@Bean
	CompositeReactiveHealthContributor downstreamHealthContributor(RemactoGatewayProperties properties) {
		int timeoutMillis = (int) properties.healthTimeout().toMillis();
		// Its own small client: probes must not queue behind proxied traffic in the gateway's connection pool.
		HttpClient httpClient = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMillis)
			.responseTimeout(properties.healthTimeout());
		WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(httpClient)).build();
		Map<String, ReactiveHealthIndicator> indicators = new LinkedHashMap<>();
		properties.enabledServices()
			.forEach((name, service) -> indicators.put(name,
					new DownstreamHealthIndicator(client, service.url(), properties.healthTimeout())));
		return CompositeReactiveHealthContributor.fromMap(indicators);
	}

}
