package ma.remacto.identity.domain;

import java.util.List;
import java.util.Set;

/**
 * A person who can sign in. The username is the token subject, so it must stay pseudonymous: never a real name or
 * a national identity number.
 *
 * @param password the stored password with its encoder prefix ({@code {bcrypt}…}, {@code {noop}…})
 * @param members  slugs of the members (collectivities) a staff user acts for; empty for citizens and associations
 */
public record RemactoUser(String username, String password, BilingualName displayName, Set<Role> roles,
                          List<String> members) {

    public RemactoUser {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is required");
        }
        if (password == null || !password.startsWith("{") || password.indexOf('}') < 2) {
            throw new IllegalArgumentException("password of " + username
                    + " must carry its encoder prefix, e.g. {bcrypt}… or {noop}…");
        }
        if (displayName == null) {
            throw new IllegalArgumentException("display name of " + username + " is required");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " needs at least one role");
        }
        roles = Set.copyOf(roles);
        members = members == null ? List.of() : List.copyOf(members);
        if ((roles.contains(Role.POINT_OF_CONTACT) || roles.contains(Role.COMMITTEE_MEMBER)) && members.isEmpty()) {
            throw new IllegalArgumentException("staff user " + username + " must act for at least one member");
        }
    }

    /** Roles in declaration order, so that claims are stable from one token to the next. */
    public List<String> roleNames() {
        return roles.stream().sorted().map(Role::name).toList();
    }
}
