package ma.remacto.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256, hex) of personal data a service must recognise without keeping it: a national ID
 * number, "this person in this consultation". The key is a secret outside the database (an environment variable from
 * a Kubernetes Secret), so a copy of the database does not let anyone test guesses. A service refuses to start with a
 * missing or short key rather than hash with a guessable one.
 */
public final class KeyedHash {

    public static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    /**
     * @param key     the secret
     * @param setting where it is configured, named in the start-up error ("remacto.petitions.cnie-key
     *                (REMACTO_PETITIONS_CNIE_KEY)")
     */
    public KeyedHash(String key, String setting) {
        if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException(setting + " must be set to a secret of at least " + MIN_KEY_LENGTH
                    + " characters: the service does not start without it");
        }
        this.key = new SecretKeySpec(key.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "KeyedHash[key hidden]";
    }
}
