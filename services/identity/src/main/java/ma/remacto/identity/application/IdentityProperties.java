package ma.remacto.identity.application;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import ma.remacto.identity.domain.BilingualName;
import ma.remacto.identity.domain.RemactoUser;
import ma.remacto.identity.domain.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code remacto.identity.*}: where the signing key lives and who may sign in.
 *
 * @param signingKeyFile JSON Web Key (RSA, with its private part) read at start-up, generated when absent
 * @param users          the local user base; production federates with an external OIDC provider instead
 * @param demoCitizens   numbered demo citizens ({@code citizen-001}…), so a demo petition can gather the signatures of
 *                       as many distinct people as its legal threshold asks; none when absent
 */
@ConfigurationProperties("remacto.identity")
public record IdentityProperties(Path signingKeyFile, List<User> users, DemoCitizens demoCitizens) {

    public IdentityProperties {
        if (signingKeyFile == null) {
            throw new IllegalArgumentException("remacto.identity.signing-key-file is required");
        }
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** {@code count} citizens named {@code prefix} + a three-digit number, all with the same password. */
    public record DemoCitizens(int count, String prefix, String password) {

        List<RemactoUser> users() {
            return IntStream.rangeClosed(1, count).mapToObj(n -> String.format(Locale.ROOT, "%03d", n))
                    .map(n -> new RemactoUser(prefix + n, password,
                            new BilingualName("مواطن(ة) تجريبي(ة) " + n, "Citoyen·ne de démonstration " + n),
                            Set.of(Role.CITIZEN), List.of()))
                    .toList();
        }
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
        List<RemactoUser> all = new ArrayList<>(users.stream().map(User::toDomain).toList());
        if (demoCitizens != null) {
            all.addAll(demoCitizens.users());
        }
        return all;
    }
}
