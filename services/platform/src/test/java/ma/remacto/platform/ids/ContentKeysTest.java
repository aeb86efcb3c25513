package ma.remacto.platform.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentKeysTest {

    @Test
    void theSameTextGivesTheSameKeyAndAnotherTextAnother() {
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assertThat(ContentKeys.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ContentKeys.sha256Hex("صيانة الحدائق")).isEqualTo(ContentKeys.sha256Hex("صيانة الحدائق"))
                .isNotEqualTo(ContentKeys.sha256Hex("صيانة الحديقة"));
    }
}
