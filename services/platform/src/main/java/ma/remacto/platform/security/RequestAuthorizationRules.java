package ma.remacto.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Coarse rules a service adds in front of its endpoints (e.g. "writes need NETWORK_ADMIN"), so a
 * caller without the role is refused with 403 before its request body is even read. The use cases
 * still check the fine-grained rules (which member) themselves.
 */
@FunctionalInterface
public interface RequestAuthorizationRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
