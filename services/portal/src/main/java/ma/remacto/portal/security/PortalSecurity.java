package ma.remacto.portal.security;

import ma.remacto.portal.PortalProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in through the identity service (OAuth 2.0 authorization code with PKCE, the portal being a public client),
 * the tokens kept in the server-side session; every page readable without signing in; forms protected against
 * cross-site requests; a strict content security policy (the pages load nothing but their own files).
 */
@Configuration(proxyBeanMethods = false)
public class PortalSecurity {

    /** Where the portal sends a person to sign in, and where identity sends them back. */
    public static final String SIGN_IN = "/portal/login";
    public static final String CALLBACK = "/portal/callback";

    @Bean
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, PortalProperties properties) throws Exception {
        String identity = properties.nationalUrl().toString().replaceAll("/+$", "");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/*/ideas/new", "/*/ideas/*/support", "/*/petitions/new", "/*/petitions/*/signature",
                                "/*/consultations/*/contribution", "/*/surveys/*/answers", "/*/account/**", "/*/admin/**", "/*/back-office/**")
                        .authenticated()
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .loginPage(SIGN_IN + "/remacto")
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(SIGN_IN))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(CALLBACK)))
                .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
                                + "base-uri 'self'; form-action 'self' " + identity))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "geolocation=(), camera=(), microphone=(), payment=()")))
                .build();
    }
}
