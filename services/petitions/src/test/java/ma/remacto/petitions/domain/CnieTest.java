package ma.remacto.petitions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CnieTest {

    @Test
    void oneOrTwoLatinLettersThenOneToSixDigitsNormalisedForCaseAndSpaces() {
        assertThat(Cnie.normalise("AB123456")).contains("AB123456");
        assertThat(Cnie.normalise("K12345")).contains("K12345");
        assertThat(Cnie.normalise(" ab 123 456 ")).contains("AB123456");
        assertThat(Cnie.normalise("k\u00A012345")).contains("K12345");
        assertThat(Cnie.normalise("Z1")).contains("Z1");
    }

    @Test
    void anythingElseIsMalformed() {
        for (String bad : new String[] {null, "", "   ", "123456", "ABC12345", "AB1234567", "AB", "AB-123456", "أب123456",
                "AB12345X", "ÀB123456"}) {
            assertThat(Cnie.normalise(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }
}
