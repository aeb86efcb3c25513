package ma.remacto.identity.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void generatesTheKeyOnceAndReadsTheSameKeyAfterARestart() throws Exception {
        Path file = dir.resolve("nested/key.json");

        RSAKey first = SigningKeyFile.loadOrCreate(file);
        RSAKey second = SigningKeyFile.loadOrCreate(file);

        assertThat(first.isPrivate()).isTrue();
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void refusesAKeyWithoutItsPrivatePart() throws Exception {
        Path file = dir.resolve("public.json");
        RSAKey key = SigningKeyFile.loadOrCreate(dir.resolve("full.json"));
        Files.writeString(file, key.toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no private key");
    }
}
