package ma.remacto.identity.application;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import ma.remacto.identity.domain.UserDirectory;
import ma.remacto.identity.persistence.SigningKeyFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Users, signing key and token contents. Registered clients, issuer and token lifetimes come from Spring Boot's
 * {@code spring.security.oauth2.authorizationserver.*} properties in application.yaml.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityConfiguration {

    @Bean
    UserDirectory userDirectory(IdentityProperties properties) {
        return new UserDirectory(properties.domainUsers());
    }

    @Bean
    UserDetailsService userDetailsService(UserDirectory users) {
        return new DirectoryUserDetailsService(users);
    }

    /** Accepts every {id}-prefixed format, so configured hashes can move from {noop} to {bcrypt} one by one. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Replaces Boot's default key, which is generated in memory and lost, with all tokens, at every restart. */
    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeyFile.loadOrCreate(properties.signingKeyFile())));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(UserDirectory users) {
        return new RemactoTokenCustomizer(users);
    }

    @Bean
    UserInfoMapper userInfoMapper(UserDirectory users) {
        return new UserInfoMapper(users);
    }
}
