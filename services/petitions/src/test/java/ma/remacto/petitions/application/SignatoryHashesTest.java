package ma.remacto.petitions.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignatoryHashesTest {

    static final String KEY = "0123456789abcdef0123456789abcdef-test";

    @Test
    void theServiceRefusesToStartWithoutAKeyOfAtLeast32Characters() {
        assertThatThrownBy(() -> new SignatoryHashes((String) null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REMACTO_PETITIONS_CNIE_KEY");
        assertThatThrownBy(() -> new SignatoryHashes("")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SignatoryHashes("x".repeat(31))).isInstanceOf(IllegalStateException.class);
        new SignatoryHashes("x".repeat(32));
    }

    @Test
    void hashesAreKeyedHmacSha256WithoutTheNumberInThem() {
        SignatoryHashes hashes = new SignatoryHashes(KEY);
        String hash = hashes.cnie("AB123456");
        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain("AB123456").doesNotContain("123456");
        assertThat(hashes.cnie("AB123456")).isEqualTo(hash);
        assertThat(hashes.cnie("AB123457")).isNotEqualTo(hash);
        assertThat(new SignatoryHashes(KEY + "-other").cnie("AB123456")).as("another key, another hash").isNotEqualTo(hash);
        assertThat(hashes.account("AB123456")).as("accounts and numbers hashed apart").isNotEqualTo(hash);
        assertThat(hashes.toString()).doesNotContain(KEY);
    }
}
