package ma.remacto.members.api;

import ma.remacto.platform.security.RequestAuthorizationRules;
import ma.remacto.platform.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Only network administrators change the directory; the use cases check it again. */
@Configuration
public class MemberAccessRules {

    @Bean
    RequestAuthorizationRules memberWrites() {
        String admin = Role.NETWORK_ADMIN.name();
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/members", "/api/members/**").hasRole(admin)
                .requestMatchers(HttpMethod.PUT, "/api/members/**").hasRole(admin)
                .requestMatchers(HttpMethod.DELETE, "/api/members/**").hasRole(admin);
    }
}
