package ma.remacto.petitions.api;

import ma.remacto.platform.security.RequestAuthorizationRules;
import ma.remacto.platform.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Coarse role rules before any body is read: the council's steps, past petitions and histories are the member's
 * staff's; signing is a citizen's; drafting, editing, opening and filing a petition a citizen's (the agent) or an
 * association's. The use cases check which member and which petitioner.
 */
@Configuration
public class PetitionAccessRules {

    @Bean
    RequestAuthorizationRules petitionsRoles() {
        String[] staff = {Role.POINT_OF_CONTACT.name(), Role.COMMITTEE_MEMBER.name(), Role.NETWORK_ADMIN.name()};
        String[] petitioners = {Role.CITIZEN.name(), Role.ASSOCIATION.name()};
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/petitions/past", "/api/petitions/*/steps").hasAnyRole(staff)
                .requestMatchers(HttpMethod.GET, "/api/petitions/*/history").hasAnyRole(staff)
                .requestMatchers(HttpMethod.POST, "/api/petitions/*/signatures").hasRole(Role.CITIZEN.name())
                .requestMatchers(HttpMethod.POST, "/api/petitions", "/api/petitions/*/collection",
                        "/api/petitions/*/filing").hasAnyRole(petitioners)
                .requestMatchers(HttpMethod.PUT, "/api/petitions/*").hasAnyRole(petitioners);
    }
}
