package ma.remacto.platform.config;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import tools.jackson.databind.json.JsonMapper;

import ma.remacto.platform.problems.ProblemHandler;
import ma.remacto.platform.problems.ProblemMessages;
import ma.remacto.platform.problems.ProblemResponses;
import ma.remacto.platform.problems.RowValidation;
import ma.remacto.platform.problems.ServletProblemWriter;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.CurrentActor;
import ma.remacto.platform.security.ProblemSecurityHandlers;
import ma.remacto.platform.security.RequestAuthorizationRules;
import ma.remacto.platform.security.Role;
import ma.remacto.platform.security.SecurityProperties;
import ma.remacto.platform.security.VerifiedTokenCache;
import ma.remacto.platform.web.CorrelationIdFilter;
import ma.remacto.platform.web.RateLimits;
import ma.remacto.platform.web.RegionScopeFilter;
import ma.remacto.platform.web.RequestSizeLimitFilter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What every REMACTO HTTP service gets by depending on the platform: correlation ids, bilingual
 * problem details, JWT authentication with the platform's roles, the access policy, OpenAPI.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformWebConfiguration {

    @Bean
    public ProblemMessages problemMessages(
            @Value("${remacto.problems.basenames:classpath:problems/platform,classpath:problems/service}") List<String> basenames) {
        return new ProblemMessages(basenames);
    }

    @Bean
    public ProblemResponses problemResponses(ProblemMessages messages) {
        return new ProblemResponses(messages);
    }

    @Bean
    public ProblemHandler problemHandler(ProblemResponses responses) {
        return new ProblemHandler(responses);
    }

    /** The named per-client limits of {@code remacto.rate-limits.<name>: {capacity, per}} (none by default). */
    @Bean
    public RateLimits rateLimits(Environment environment, Clock clock,
            @Value("${remacto.web.forwarded-hops:1}") int forwardedHops) {
        Map<String, RateLimits.Limit> limits = Binder.get(environment)
                .bind("remacto.rate-limits", Bindable.mapOf(String.class, RateLimits.Limit.class)).orElse(Map.of());
        return new RateLimits(limits, forwardedHops, clock);
    }

    @Bean
    public RowValidation rowValidation(jakarta.validation.Validator validator) {
        return new RowValidation(validator);
    }

    @Bean
    public ServletProblemWriter servletProblemWriter(ProblemResponses responses, JsonMapper json) {
        return new ServletProblemWriter(responses, json);
    }

    @Bean
    public FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${remacto.web.max-request-bytes:1048576}") long maxBytes, ServletProblemWriter problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBytes, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<RegionScopeFilter> regionScopeFilter() {
        FilterRegistrationBean<RegionScopeFilter> registration = new FilterRegistrationBean<>(new RegionScopeFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Wraps the resource server's token decoder (Boot's, from the issuer and key settings) in the cache. */
    @Bean
    static BeanPostProcessor verifiedTokenCache(@Value("${remacto.security.verified-token-cache-size:10000}") int capacity) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)
                        ? new VerifiedTokenCache(decoder, capacity, Clock.systemUTC()) : bean;
            }
        };
    }

    @Bean
    public CurrentActor currentActor(SecurityProperties properties) {
        return new CurrentActor(properties);
    }

    @Bean
    public AccessPolicy accessPolicy(CurrentActor currentActor) {
        return new AccessPolicy(currentActor);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain platformSecurity(HttpSecurity http, SecurityProperties properties,
            CurrentActor currentActor, ServletProblemWriter writer,
            ObjectProvider<RequestAuthorizationRules> serviceRules) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(writer);
        Converter<Jwt, AbstractAuthenticationToken> toAuthentication = jwt -> new JwtAuthenticationToken(jwt,
                currentActor.fromJwt(jwt).roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList(),
                jwt.getSubject());
        http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                            "/actuator/prometheus", "/v3/api-docs/**", "/error").permitAll();
                    serviceRules.orderedStream().forEach(rules -> rules.apply(requests));
                    for (String path : properties.publicGetPaths()) {
                        requests.requestMatchers(HttpMethod.GET, path).permitAll();
                        requests.requestMatchers(HttpMethod.HEAD, path).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(toAuthentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean
    public OpenAPI serviceOpenApi(@Value("${spring.application.name:service}") String name,
            @Value("${remacto.api.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title("REMACTO " + name).version("v1").description(description))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
