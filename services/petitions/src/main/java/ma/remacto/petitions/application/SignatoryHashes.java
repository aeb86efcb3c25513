package ma.remacto.petitions.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256) of signatories' national ID numbers and accounts: what the signatures store instead of
 * the numbers, so duplicates are found without keeping a CNIE. The key comes from {@code remacto.petitions.cnie-key}
 * (environment REMACTO_PETITIONS_CNIE_KEY, a Kubernetes Secret in production), never from the database; the service
 * refuses to start without a key of at least 32 characters. Neither numbers nor hashes are logged or published.
 */
@Component
public class SignatoryHashes {

    public static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    @Autowired
    public SignatoryHashes(PetitionsSettings settings) {
        this(settings.cnieKey());
    }

    public SignatoryHashes(String key) {
        if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("remacto.petitions.cnie-key (REMACTO_PETITIONS_CNIE_KEY) must be set to a secret of at least "
                    + MIN_KEY_LENGTH + " characters: the petitions service does not start without it");
        }
        this.key = new SecretKeySpec(key.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of a normalised CNIE (see {@code Cnie.normalise}). */
    public String cnie(String normalisedCnie) {
        return hmac("cnie:" + normalisedCnie);
    }

    /** The hash of an account subject, so the signatures do not hold accounts either. */
    public String account(String subject) {
        return hmac("account:" + subject);
    }

    private String hmac(String value) {
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
        return "SignatoryHashes[key hidden]";
    }
}
