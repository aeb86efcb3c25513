package ma.remacto.ideation.api;

import ma.remacto.platform.security.RequestAuthorizationRules;
import ma.remacto.platform.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Coarse role rules before any body is read; the use cases check which member and whose idea. */
@Configuration
public class IdeaAccessRules {

    @Bean
    RequestAuthorizationRules ideationRoles() {
        String[] staff = {Role.POINT_OF_CONTACT.name(), Role.COMMITTEE_MEMBER.name(), Role.NETWORK_ADMIN.name()};
        String[] public_ = {Role.CITIZEN.name(), Role.ASSOCIATION.name()};
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/ideas").hasAnyRole(public_)
                .requestMatchers(HttpMethod.POST, "/api/ideas/*/supports").hasAnyRole(public_)
                .requestMatchers(HttpMethod.POST, "/api/ideas/batches", "/api/ideas/*/state").hasAnyRole(staff)
                .requestMatchers(HttpMethod.POST, "/api/axes").hasAnyRole(staff)
                .requestMatchers(HttpMethod.PUT, "/api/axes/**").hasAnyRole(staff);
    }
}
