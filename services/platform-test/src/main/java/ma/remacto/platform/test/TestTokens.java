package ma.remacto.platform.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs tokens shaped like the identity service's (sub, roles, members) with a key generated per
 * test JVM; {@link ServiceTestConfiguration} makes the service trust that key.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8080";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    public static String token(String subject, List<String> roles, List<String> members) {
        return token(subject, roles, members, null);
    }

    public static String token(String subject, List<String> roles, List<String> members, String name) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles)
                .claim("members", members)
                .claim("name", name)
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String subject, List<String> roles, List<String> members) {
        return "Bearer " + token(subject, roles, members);
    }

    public static String networkAdmin() {
        return bearer("admin", List.of("NETWORK_ADMIN"), List.of());
    }

    public static String pointOfContact(String memberSlug) {
        return bearer("poc-" + memberSlug, List.of("POINT_OF_CONTACT"), List.of(memberSlug));
    }

    public static String citizen() {
        return bearer("citizen", List.of("CITIZEN"), List.of());
    }

    /** A citizen with their own subject and display name (the token's {@code name} claim). */
    public static String citizen(String subject, String name) {
        return "Bearer " + token(subject, List.of("CITIZEN"), List.of(), name);
    }

    public static String committeeMember(String memberSlug) {
        return bearer("committee-" + memberSlug, List.of("COMMITTEE_MEMBER"), List.of(memberSlug));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
