package ma.remacto.petitions.application;

import ma.remacto.platform.security.KeyedHash;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes of signatories' national ID numbers and accounts: what the signatures store instead of the numbers,
 * so duplicates are found without keeping a CNIE. The key comes from {@code remacto.petitions.cnie-key} (environment
 * REMACTO_PETITIONS_CNIE_KEY, a Kubernetes Secret in production), never from the database; the service refuses to
 * start without a key of at least 32 characters. Neither numbers nor hashes are logged or published.
 */
@Component
public class SignatoryHashes {

    public static final int MIN_KEY_LENGTH = KeyedHash.MIN_KEY_LENGTH;

    private final KeyedHash hash;

    @Autowired
    public SignatoryHashes(PetitionsSettings settings) {
        this(settings.cnieKey());
    }

    public SignatoryHashes(String key) {
        this.hash = new KeyedHash(key, "remacto.petitions.cnie-key (REMACTO_PETITIONS_CNIE_KEY)");
    }

    /** The hash of a normalised CNIE (see {@code Cnie.normalise}). */
    public String cnie(String normalisedCnie) {
        return hash.of("cnie:" + normalisedCnie);
    }

    /** The hash of an account subject, so the signatures do not hold accounts either. */
    public String account(String subject) {
        return hash.of("account:" + subject);
    }

    @Override
    public String toString() {
        return "SignatoryHashes[key hidden]";
    }
}
