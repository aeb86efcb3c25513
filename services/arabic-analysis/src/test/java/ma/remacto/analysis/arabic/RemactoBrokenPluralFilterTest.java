package ma.remacto.analysis.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The broken-plural list keeps itself honest: every pair of the resource file is analysed. */
class RemactoBrokenPluralFilterTest {

    static Stream<Arguments> pairs() {
        return ArabicLexicon.brokenPluralPairs().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("pairs")
    void pluralAndSingularGiveTheSameToken(String plural, String singular) {
        assertThat(Tokens.full(singular)).hasSize(1);
        assertThat(Tokens.full(plural)).isEqualTo(Tokens.full(singular));
    }

    @ParameterizedTest(name = "ال + {0} = {1}")
    @MethodSource("pairs")
    void pluralWithTheArticleGivesTheSingularToken(String plural, String singular) {
        assertThat(Tokens.full("ال" + plural)).isEqualTo(Tokens.full(singular));
        assertThat(Tokens.full("وب" + "ال" + plural)).isEqualTo(Tokens.full(singular));
    }

    @Test
    void theListIsLargeEnoughAndHasNoChains() {
        Map<String, String> pairs = ArabicLexicon.brokenPluralPairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
        var map = ArabicLexicon.brokenPlurals();
        pairs.forEach((plural, singular) -> {
            String normalisedSingular = ArabicNormalizer.normalize(singular);
            assertThat(map.containsKey(normalisedSingular)).as("singular %s is also a plural of the list", singular).isFalse();
            assertThat(ArabicNormalizer.normalize(plural)).as("plural %s", plural).isNotEqualTo(normalisedSingular);
        });
    }

    @Test
    void theListHoldsTheDomainPairs() {
        assertThat(ArabicLexicon.brokenPluralPairs()).contains(
                Map.entry("مشاريع", "مشروع"), Map.entry("جمعيات", "جمعية"), Map.entry("خدمات", "خدمة"),
                Map.entry("مواطنين", "مواطن"), Map.entry("مواطنون", "مواطن"), Map.entry("طرق", "طريق"),
                Map.entry("أحياء", "حي"), Map.entry("مدارس", "مدرسة"), Map.entry("أسواق", "سوق"),
                Map.entry("مرافق", "مرفق"), Map.entry("برامج", "برنامج"), Map.entry("أفكار", "فكرة"),
                Map.entry("نساء", "امرأة"), Map.entry("مستشفيات", "مستشفى"), Map.entry("وثائق", "وثيقة"),
                Map.entry("لجان", "لجنة"), Map.entry("أقاليم", "إقليم"), Map.entry("سكان", "ساكن"),
                Map.entry("موظفين", "موظف"));
    }

    @Test
    void theFilterAloneMapsNormalisedPluralsToSingulars() {
        var analyzer = Tokens.chain(in -> new RemactoBrokenPluralFilter(new RemactoArabicNormalizationFilter(in)));
        assertThat(Tokens.of(analyzer, "مشاريع أحياء مدارس مشروع")).containsExactly("مشروع", "حي", "مدرسه", "مشروع");
    }
}
