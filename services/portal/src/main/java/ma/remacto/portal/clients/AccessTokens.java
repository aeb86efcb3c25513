package ma.remacto.portal.clients;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's access token, from the portal's server-side session (the browser only holds the session
 * cookie, HttpOnly: no page script ever sees a token). An expired token counts as none: the page is rendered as for
 * a visitor, and an action that needs one sends the person through sign-in again.
 */
@Component
public class AccessTokens {

    public static final String REGISTRATION = "remacto";

    private final OAuth2AuthorizedClientRepository clients;

    public AccessTokens(OAuth2AuthorizedClientRepository clients) {
        this.clients = clients;
    }

    public Optional<String> current(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken)) {
            return Optional.empty();
        }
        OAuth2AuthorizedClient client = clients.loadAuthorizedClient(REGISTRATION, authentication, request);
        if (client == null || client.getAccessToken() == null || (client.getAccessToken().getExpiresAt() != null
                && client.getAccessToken().getExpiresAt().isBefore(java.time.Instant.now()))) {
            return Optional.empty();
        }
        return Optional.of(client.getAccessToken().getTokenValue());
    }
}
