package ma.remacto.identity.application;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.remacto.identity.domain.RemactoUser;

/**
 * The claims every service relies on, shared by access tokens, ID tokens and the userinfo endpoint so the three
 * never disagree.
 */
public final class IdentityClaims {

    public static final String NAME = "name";
    /** OpenID Connect language-tagged claim (Core §5.2): the French form of {@code name}, which is Arabic. */
    public static final String NAME_FR = "name#fr";
    public static final String ROLES = "roles";
    public static final String MEMBERS = "members";

    private IdentityClaims() {
    }

    public static Map<String, Object> of(RemactoUser user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(NAME, user.displayName().ar());
        claims.put(NAME_FR, user.displayName().fr());
        claims.put(ROLES, user.roleNames());
        claims.put(MEMBERS, user.members());
        return claims;
    }
}
