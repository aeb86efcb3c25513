package ma.remacto.identity.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token signing key as a JSON Web Key file. Locally it is generated on first start and kept, so tokens held by
 * the portal and the scripts stay valid across restarts of the stack; in Kubernetes the file is mounted from a Secret
 * so every replica signs with the same key.
 */
public final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);
    private static final int KEY_SIZE = 2048;

    private SigningKeyFile() {
    }

    public static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + file, e);
        }
    }

    static RSAKey read(Path file) throws IOException {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file));
            if (!key.isPrivate()) {
                throw new IllegalStateException("signing key " + file + " holds no private key");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("signing key " + file + " is not an RSA JSON Web Key", e);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        RSAKey key = generate();
        // createTempFile makes the file readable by its owner only, and the move keeps that.
        Path tmp = Files.createTempFile(dir, ".signing-key", ".tmp");
        try {
            Files.writeString(tmp, key.toJSONString());
            // No REPLACE_EXISTING: if another instance wrote the key first, theirs wins and both read the same file.
            Files.move(tmp, file);
            log.info("generated a new token signing key {} in {}", key.getKeyID(), file);
        } catch (FileAlreadyExistsException raced) {
            log.info("signing key {} was created concurrently, using it", file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }
}
