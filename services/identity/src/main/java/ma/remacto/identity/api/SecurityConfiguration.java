package ma.remacto.identity.api;

import java.util.Set;

import ma.remacto.identity.application.UserInfoMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Three filter chains: Spring Authorization Server's protocol endpoints first (as it expects), then identity's small
 * bearer-token API, then the login page and the actuator. Declaring them replaces Boot's defaults, whose login page is the generated English one.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    public static final String LOGIN_PAGE = "/login";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, UserInfoMapper userInfoMapper) {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(userInfoMapper)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // Bearer tokens for /userinfo.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                // Browsers arriving at /oauth2/authorize without a session go to the login page; API callers get 401.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), htmlRequests()));
        return http.build();
    }

    /**
     * Identity's own small API ({@link RoleHoldersController}): bearer tokens only, no session, no login redirect;
     * the controller checks the role.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain loginChain(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/error").permitAll()
                        // Probes and scraping come from inside the cluster; the gateway does not route /actuator.
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage(LOGIN_PAGE).permitAll());
        return http.build();
    }

    private static MediaTypeRequestMatcher htmlRequests() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
