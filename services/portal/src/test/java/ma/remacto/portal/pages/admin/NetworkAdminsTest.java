package ma.remacto.portal.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.clients.Refused;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class NetworkAdminsTest {

    private static OAuth2AuthenticationToken signedIn(String subject, List<String> roles) {
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", subject, "roles", roles));
        DefaultOidcUser user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), token);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "remacto");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyANetworkAdministratorPasses() {
        assertThat(NetworkAdmins.isNetworkAdmin(signedIn("admin", List.of("NETWORK_ADMIN")))).isTrue();
        assertThat(NetworkAdmins.isNetworkAdmin(signedIn("poc-larache", List.of("POINT_OF_CONTACT")))).isFalse();
        assertThat(NetworkAdmins.isNetworkAdmin(null)).isFalse();
    }

    @Test
    void anyoneElseGetsThe403Page() {
        SecurityContextHolder.getContext().setAuthentication(signedIn("citizen", List.of("CITIZEN")));
        assertThatThrownBy(NetworkAdmins::require).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).status()).isEqualTo(403));
        SecurityContextHolder.getContext().setAuthentication(signedIn("admin", List.of("NETWORK_ADMIN")));
        NetworkAdmins.require();
    }
}
