package ma.remacto.projects.api;

import ma.remacto.platform.security.RequestAuthorizationRules;
import ma.remacto.platform.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Coarse role rules before any body is read: every write is the member's staff's; the use cases check which member. */
@Configuration
public class ProjectAccessRules {

    @Bean
    RequestAuthorizationRules projectsRoles() {
        String[] staff = {Role.POINT_OF_CONTACT.name(), Role.COMMITTEE_MEMBER.name(), Role.NETWORK_ADMIN.name()};
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/plans/**", "/api/projects/**").hasAnyRole(staff)
                .requestMatchers(HttpMethod.PUT, "/api/plans/**", "/api/projects/**").hasAnyRole(staff);
    }
}
