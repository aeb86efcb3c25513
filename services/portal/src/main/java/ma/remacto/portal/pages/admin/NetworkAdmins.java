package ma.remacto.portal.pages.admin;

import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who may see the network admin pages: a signed-in NETWORK_ADMIN (the roles identity put in the token). Anyone else
 * signed in gets the 403 page in their language, never the page; the services check the same role again on every
 * write.
 */
final class NetworkAdmins {

    static final String ROLE = "NETWORK_ADMIN";

    private NetworkAdmins() {
    }

    /** Throws the 403 page unless the person signed in is a network administrator. */
    static void require() {
        if (!isNetworkAdmin(SecurityContextHolder.getContext().getAuthentication())) {
            throw new Refused(403, Map.of());
        }
    }

    static boolean isNetworkAdmin(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof OidcUser user
                && user.getClaims().get("roles") instanceof List<?> roles && roles.contains(ROLE);
    }
}
