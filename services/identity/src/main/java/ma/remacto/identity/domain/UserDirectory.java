package ma.remacto.identity.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The users who may sign in, by username. */
public final class UserDirectory {

    private final Map<String, RemactoUser> byUsername = new LinkedHashMap<>();

    public UserDirectory(Collection<RemactoUser> users) {
        for (RemactoUser user : users) {
            if (byUsername.putIfAbsent(user.username(), user) != null) {
                throw new IllegalArgumentException("username " + user.username() + " is configured twice");
            }
        }
    }

    public Optional<RemactoUser> find(String username) {
        return Optional.ofNullable(username).map(byUsername::get);
    }

    /** Every user, in configuration order. */
    public java.util.List<RemactoUser> all() {
        return java.util.List.copyOf(byUsername.values());
    }

    public int size() {
        return byUsername.size();
    }
}
