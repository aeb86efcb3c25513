package ma.remacto.consultations.api;

import ma.remacto.platform.security.RequestAuthorizationRules;
import ma.remacto.platform.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Coarse role rules before any body is read: contributions are citizens' and associations'; survey answers
 * anyone signed in; every other write is the member's staff's (the use cases check which member).
 */
@Configuration
public class ConsultationAccessRules {

    @Bean
    RequestAuthorizationRules consultationsRoles() {
        String[] staff = {Role.POINT_OF_CONTACT.name(), Role.COMMITTEE_MEMBER.name(), Role.NETWORK_ADMIN.name()};
        String[] contributors = {Role.CITIZEN.name(), Role.ASSOCIATION.name()};
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/consultations/*/contributions").hasAnyRole(contributors)
                .requestMatchers(HttpMethod.POST, "/api/surveys/*/answers").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/consultations/**", "/api/meetings/**", "/api/calendars/**",
                        "/api/surveys/**").hasAnyRole(staff)
                .requestMatchers(HttpMethod.PUT, "/api/consultations/**", "/api/meetings/**", "/api/calendars/**",
                        "/api/surveys/**").hasAnyRole(staff);
    }
}
