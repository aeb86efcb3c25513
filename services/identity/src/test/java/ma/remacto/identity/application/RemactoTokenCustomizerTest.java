package ma.remacto.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import ma.remacto.identity.domain.BilingualName;
import ma.remacto.identity.domain.RemactoUser;
import ma.remacto.identity.domain.Role;
import ma.remacto.identity.domain.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

class RemactoTokenCustomizerTest {

    private final RemactoTokenCustomizer customizer = new RemactoTokenCustomizer(new UserDirectory(List.of(
            new RemactoUser("poc-tetouan", "{noop}demo", new BilingualName("نقطة الارتكاز", "Point focal"),
                    Set.of(Role.POINT_OF_CONTACT), List.of("tetouan")))));

    @Test
    void idTokenCarriesRolesMembersAndName() {
        JwtClaimsSet claims = customize("poc-tetouan", new OAuth2TokenType("id_token"));

        assertThat(claims.getClaimAsStringList("roles")).containsExactly("POINT_OF_CONTACT");
        assertThat(claims.getClaimAsStringList("members")).containsExactly("tetouan");
        assertThat(claims.getClaimAsString("name")).isEqualTo("نقطة الارتكاز");
    }

    @Test
    void accessTokenCarriesRolesAndMembers() {
        JwtClaimsSet claims = customize("poc-tetouan", OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getClaimAsStringList("roles")).containsExactly("POINT_OF_CONTACT");
        assertThat(claims.getClaimAsStringList("members")).containsExactly("tetouan");
    }

    @Test
    void principalOutsideTheDirectoryGetsNoUserClaims() {
        JwtClaimsSet claims = customize("some-client", OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getClaims()).doesNotContainKeys("roles", "members", "name");
    }

    private JwtClaimsSet customize(String principal, OAuth2TokenType type) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(principal);
        customizer.customize(JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), claims)
                .principal(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()))
                .tokenType(type)
                .build());
        return claims.build();
    }
}
