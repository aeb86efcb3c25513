package ma.remacto.identity.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import ma.remacto.identity.domain.UserDirectory;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * Answers /userinfo with the same claims as the tokens. The default mapper copies only standard claims out of the
 * ID token, which would drop roles and members.
 */
public class UserInfoMapper implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private final UserDirectory users;

    public UserInfoMapper(UserDirectory users) {
        this.users = users;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        String subject = context.getAuthorization().getPrincipalName();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(StandardClaimNames.SUB, subject);
        users.find(subject).ifPresent(user -> claims.putAll(IdentityClaims.of(user)));
        return new OidcUserInfo(claims);
    }
}
