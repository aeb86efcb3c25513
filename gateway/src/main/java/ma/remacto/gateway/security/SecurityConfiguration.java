package ma.remacto.gateway.security;

import java.util.List;

import ma.remacto.gateway.RemactoGatewayProperties;
import ma.remacto.gateway.error.GatewayProblem;
import ma.remacto.gateway.error.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Authentication at the edge. The gateway only decides whether a request may reach a service at all; each service
 * authorises it (roles, member slugs) from the same token, which is forwarded untouched.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Paths of services that authenticate callers themselves (identity: login form, HTTP Basic client
	 * authentication at the token endpoint, its own CSRF protection). The gateway passes them through as they are.
	 */
	@Bean
	@Order(1)
	SecurityWebFilterChain passThroughSecurityFilterChain(ServerHttpSecurity http,
			RemactoGatewayProperties properties) {
		List<String> paths = properties.enabledServices()
			.values()
			.stream()
			.filter((service) -> !service.gatewayAuth())
			.flatMap((service) -> service.paths().stream())
			.toList();
		// An impossible path keeps the chain well-formed when no such service is enabled.
		String[] patterns = paths.isEmpty() ? new String[] { "/.remacto-no-pass-through" } : paths.toArray(String[]::new);
		return common(http).securityMatcher(ServerWebExchangeMatchers.pathMatchers(patterns))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.build();
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain apiSecurityFilterChain(ServerHttpSecurity http, ProblemWriter problems) {
		ServerAuthenticationEntryPoint entryPoint = entryPoint(problems);
		ServerAccessDeniedHandler accessDenied = (exchange, denied) -> problems.write(exchange,
				GatewayProblem.FORBIDDEN);
		return common(http)
			.authorizeExchange((exchanges) -> exchanges
				// CKAN clients POST read-only actions (package_search with a JSON body): reads stay public.
				.pathMatchers(HttpMethod.POST, "/api/3/action/**", "/api/action/**").permitAll()
				.pathMatchers(HttpMethod.POST, "/api/**").authenticated()
				.pathMatchers(HttpMethod.PUT, "/api/**").authenticated()
				.pathMatchers(HttpMethod.PATCH, "/api/**").authenticated()
				.pathMatchers(HttpMethod.DELETE, "/api/**").authenticated()
				.anyExchange().permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults())
				.bearerTokenConverter(bearerOnly())
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied))
			.build();
	}

	private static ServerHttpSecurity common(ServerHttpSecurity http) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			// Stateless: no session for saved requests or security contexts at the gateway.
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// Written only when the service did not set them itself; caching is the service's call, so not here.
			.headers((headers) -> headers.contentTypeOptions(Customizer.withDefaults())
				.frameOptions((frame) -> frame.mode(Mode.DENY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable));
	}

	/**
	 * Any Authorization header on an API path must be a valid bearer token: a Basic or malformed header is refused
	 * rather than silently treated as anonymous.
	 */
	private static ServerAuthenticationConverter bearerOnly() {
		ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
		return (exchange) -> {
			String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
			if (authorization != null && !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
				return Mono.error(new OAuth2AuthenticationException(
						BearerTokenErrors.invalidToken("Only bearer access tokens are accepted")));
			}
			return bearer.convert(exchange);
		};
	}

	private static ServerAuthenticationEntryPoint entryPoint(ProblemWriter problems) {
		return (exchange, ex) -> {
			boolean invalidToken = ex instanceof OAuth2AuthenticationException;
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate(ex, invalidToken));
			return problems.write(exchange, invalidToken ? GatewayProblem.INVALID_TOKEN : GatewayProblem.UNAUTHORIZED);
		};
	}

	/** RFC 6750 section 3 challenge. */
	private static String wwwAuthenticate(AuthenticationException ex, boolean invalidToken) {
		if (!invalidToken) {
			return "Bearer";
		}
		String description = ((OAuth2AuthenticationException) ex).getError().getDescription();
		String challenge = "Bearer error=\"invalid_token\"";
		if (description != null) {
			// The description goes into a quoted string: keep it to characters RFC 6750 allows there.
			challenge += ", error_description=\"" + description.replaceAll("[^\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]", "")
					+ "\"";
		}
		return challenge;
	}

}
