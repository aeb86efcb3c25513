package ma.remacto.identity.application;

import ma.remacto.identity.domain.UserDirectory;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds {@code name}, {@code roles} and {@code members} to access and ID tokens issued for a signed-in user. Services
 * authorise from these claims alone, without calling back.
 */
public class RemactoTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final UserDirectory users;

    public RemactoTokenCustomizer(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        // A client_credentials token has the client as principal, which is not in the directory: no user claims.
        users.find(context.getPrincipal().getName())
                .ifPresent(user -> context.getClaims().claims(claims -> claims.putAll(IdentityClaims.of(user))));
    }
}
