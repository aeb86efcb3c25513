package ma.remacto.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicGetPaths paths anyone may read without a token; none unless a service lists them, so a
 *                       forgotten setting closes a service rather than opening it
 * @param rolesClaim     claim (dotted path) holding the roles
 * @param membersClaim   claim (dotted path) holding the member slugs a staff user acts for
 */
@ConfigurationProperties("remacto.security")
public record SecurityProperties(List<String> publicGetPaths, String rolesClaim, String membersClaim) {

    public SecurityProperties {
        publicGetPaths = publicGetPaths == null ? List.of() : publicGetPaths;
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        membersClaim = membersClaim == null ? "members" : membersClaim;
    }
}
