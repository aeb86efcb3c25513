package ma.remacto.opendata.api.ckan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ma.remacto.platform.security.RequestAuthorizationRules;

/**
 * CKAN clients call the Action API with POST and a JSON body (ckanapi, harvesters) as often as with GET, without
 * a token: the read-only actions are open to both. (GET paths are in {@code remacto.security.public-get-paths}.)
 */
@Configuration(proxyBeanMethods = false)
public class CkanAccessRules {

    @Bean
    RequestAuthorizationRules ckanActionPosts() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/3/action/*", "/api/action/*").permitAll();
    }
}
