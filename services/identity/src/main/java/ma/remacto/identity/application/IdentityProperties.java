package ma.remacto.identity.application;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import ma.remacto.identity.domain.BilingualName;
import ma.remacto.identity.domain.RemactoUser;
import ma.remacto.identity.domain.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code remacto.identity.*}: where the signing key lives and who may sign in.
 *
 * @param signingKeyFile JSON Web Key (RSA, with its private part) read at start-up, generated when absent
 * @param users          the local user base; production federates with an external OIDC provider instead
 */
@ConfigurationProperties("remacto.identity")
public record IdentityProperties(Path signingKeyFile, List<User> users) {

    public IdentityProperties {
        if (signingKeyFile == null) {
            throw new IllegalArgumentException("remacto.identity.signing-key-file is required");
        }
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, DisplayName displayName, Set<Role> roles,
                       List<String> members) {

        RemactoUser toDomain() {
            BilingualName name = displayName == null ? null : new BilingualName(displayName.ar(), displayName.fr());
            return new RemactoUser(username, password, name, roles, members);
        }
    }

    public record DisplayName(String ar, String fr) {
    }

    public List<RemactoUser> domainUsers() {
        return users.stream().map(User::toDomain).toList();
    }
}
