package ma.remacto.portal.pages.backoffice;

import java.util.List;

import ma.remacto.portal.web.Forbidden;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in member's staff, from identity's ID token: a point of contact or committee member acts for the members
 * named in {@code members}; a network admin for every member. The portal checks this to show a back office page at all
 * (another member's staff get a 403 page); every service still authorises each call from the access token.
 */
public record Staff(String subject, List<String> roles, List<String> members) {

    public static final String NETWORK_ADMIN = "NETWORK_ADMIN";
    private static final List<String> MEMBER_STAFF = List.of("POINT_OF_CONTACT", "COMMITTEE_MEMBER");

    /** The signed-in person, or {@link Forbidden} if nobody is (the security chain normally signs them in first). */
    public static Staff current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            throw new Forbidden("not signed in");
        }
        return new Staff(user.getSubject(), strings(user.getClaims().get("roles")),
                strings(user.getClaims().get("members")));
    }

    public boolean isNetworkAdmin() {
        return roles.contains(NETWORK_ADMIN);
    }

    public boolean isMemberStaff() {
        return roles.stream().anyMatch(MEMBER_STAFF::contains);
    }

    public boolean actsFor(String member) {
        return isNetworkAdmin() || (isMemberStaff() && members.contains(member));
    }

    /** Refuses the page unless this person acts for the member. */
    public Staff requireFor(String member) {
        if (!actsFor(member)) {
            throw new Forbidden(subject + " does not act for " + member);
        }
        return this;
    }

    private static List<String> strings(Object claim) {
        return claim instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
