package ma.remacto.gateway.routing;

import ma.remacto.gateway.RemactoGatewayProperties;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the routes from {@code remacto.gateway.services} rather than listing them in
 * {@code spring.cloud.gateway.server.webflux.routes}: a YAML route has no "disabled" switch, and the same map also
 * drives the health contributors and the security pass-through, so each service is declared exactly once.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

	static final String API_DOCS_PATH = "/v3/api-docs";

	@Bean
	RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, RemactoGatewayProperties properties) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		properties.enabledServices().forEach((name, service) -> {
			String uri = service.url().toString();
			routes.route(name, (route) -> route.path(service.paths().toArray(String[]::new)).uri(uri));
			if (service.apiDocs()) {
				// Each service serves its own OpenAPI document at /v3/api-docs; the gateway publishes it per service.
				routes.route(name + "-api-docs", (route) -> route.path(API_DOCS_PATH + "/" + name)
					.filters((filters) -> filters.setPath(API_DOCS_PATH))
					.uri(uri));
			}
		});
		return routes.build();
	}

}
