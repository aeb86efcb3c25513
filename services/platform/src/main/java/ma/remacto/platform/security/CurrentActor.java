package ma.remacto.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the actor from the validated token. Claim names are configuration
 * ({@code remacto.security.roles-claim}, {@code members-claim}) so any OIDC provider works:
 * a dotted path such as {@code realm_access.roles} reaches into nested claims (Keycloak).
 */
public class CurrentActor {

    private final SecurityProperties properties;

    public CurrentActor(SecurityProperties properties) {
        this.properties = properties;
    }

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(fromJwt(token.getToken()));
        }
        return Optional.empty();
    }

    public Actor require() {
        return find().orElseThrow(() -> new org.springframework.security.authentication
                .AuthenticationCredentialsNotFoundException("no token"));
    }

    public Actor fromJwt(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(claim(jwt.getClaims(), properties.rolesClaim()))) {
            try {
                roles.add(Role.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException unknownRole) {
                // Providers add their own roles (offline_access, ...): they mean nothing here.
            }
        }
        Set<String> members = new LinkedHashSet<>(strings(claim(jwt.getClaims(), properties.membersClaim())));
        return new Actor(jwt.getSubject(), Set.copyOf(roles), Set.copyOf(members), false, jwt.getClaimAsString("name"));
    }

    static Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (value instanceof String single && !single.isBlank()) {
            return List.of(single.split("[ ,]+"));
        }
        return List.of();
    }
}
