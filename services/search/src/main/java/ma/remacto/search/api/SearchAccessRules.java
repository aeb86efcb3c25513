package ma.remacto.search.api;

import ma.remacto.platform.security.RequestAuthorizationRules;
import ma.remacto.platform.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Searching is public (remacto.security.public-get-paths); rebuilding the index is for network administrators. */
@Configuration(proxyBeanMethods = false)
public class SearchAccessRules {

    @Bean
    RequestAuthorizationRules rebuildsForAdministrators() {
        String admin = Role.NETWORK_ADMIN.name();
        return requests -> requests
                .requestMatchers("/api/search/rebuilds", "/api/search/rebuilds/**").hasRole(admin);
    }
}
