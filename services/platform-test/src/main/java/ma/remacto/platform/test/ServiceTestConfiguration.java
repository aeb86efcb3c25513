package ma.remacto.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points a service under test at the test stack and makes it trust {@link TestTokens}. */
@TestConfiguration(proxyBeanMethods = false)
public class ServiceTestConfiguration {

    @Bean
    public DynamicPropertyRegistrar remactoTestStackProperties() {
        return registry -> {
            registry.add("remacto.events.bootstrap-servers", () -> TestStack.kafkaBootstrapServers());
            registry.add("spring.mongodb.uri", () -> TestStack.mongoUri("test-" + System.nanoTime()));
            registry.add("logging.structured.format.console", () -> "");
        };
    }

    @Bean
    public JwtDecoder testJwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER)));
        return decoder;
    }
}
