package ma.remacto.analysis.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Proclitic splitting, on normalised tokens (the filter alone after normalisation: no stop words, no stemming). */
class RemactoArabicPrefixFilterTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "وبالمشروع | مشروع",
            "وللمواطنين | مواطنين",
            "فالجماعة | جماعه",
            "بالمعلومة | معلومه",
            "والتنمية | تنميه",
    })
    void splitsTheExamplesOfTheBrief(String written, String split) {
        assertThat(Tokens.prefixed(written)).containsExactly(split);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // conjunction, preposition, article alone
            "ومشروع", "فمشروع", "بمشروع", "كمشروع", "لمشروع", "المشروع",
            // conjunction + preposition
            "وبمشروع", "وكمشروع", "ولمشروع", "فبمشروع", "فكمشروع", "فلمشروع",
            // conjunction + article
            "والمشروع", "فالمشروع",
            // preposition + article (ل + ال is written لل)
            "بالمشروع", "كالمشروع", "للمشروع",
            // conjunction + preposition + article
            "وبالمشروع", "وكالمشروع", "وللمشروع", "فبالمشروع", "فكالمشروع", "فللمشروع",
    })
    void splitsEveryStackedProcliticCombination(String written) {
        assertThat(Tokens.prefixed(written)).containsExactly("مشروع");
    }

    @ParameterizedTest(name = "{0} stays {1}")
    @CsvSource(delimiter = '|', value = {
            "ولاية | ولايه", // not و + لاية
            "ولايات | ولايات",
            "بلدية | بلديه", // not ب + لدية
            "لجنة | لجنه", // not ل + جنة (paradise)
            "فلاحة | فلاحه", // not ف + لاحة
            "كتابة | كتابه", // not ك + تابة
            "والي | والي", // governor, not و + الي (إلى)
            "وطن | وطن", // too short: و + طن would leave two letters
            "فكرة | فكره", // not ف + كرة (ball)
            "بطاقة | بطاقه", // not ب + طاقة (energy)
            "وزير | وزير",
            "برامج | برامج",
            "فبراير | فبراير",
            "إلكترونية | الكترونيه", // أل/إل/آل: not the article
            "آليات | اليات",
            "التزام | التزام",
            "الله | الله",
    })
    void keepsWordsWhoseFirstLettersBelongToThem(String written, String kept) {
        assertThat(Tokens.prefixed(written)).containsExactly(kept);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "وبلدية | بلديه", // و split, ب kept: the remainder بلدية is a known word
            "والبلدية | بلديه",
            "للجنة | لجنه", // ل + لجنة, not ل + ال + جنة
            "وللجنة | لجنه",
            "الولاية | ولايه",
            "والولاية | ولايه",
            "بولاية | ولايه",
            "للوالي | والي",
            "الإلكترونية | الكترونيه",
            "والتزام | التزام",
    })
    void splitsProcliticsInFrontOfProtectedWords(String written, String split) {
        assertThat(Tokens.prefixed(written)).containsExactly(split);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "ولد | ولد", // و + 2 letters: not split
            "فرق | فرق",
            "بحث | بحث",
            "كلف | كلف",
            "لعب | لعب",
            "وقتها | قتها", // 4+ letters after و: split (length rule alone)
            "الحي | حي", // after the article two letters are enough
            "الحل | حل",
            "بحي | حي", // a known two-letter word after a preposition
            "الما | الما", // the article is never split off a stop word (ما)
    })
    void appliesTheLengthRule(String written, String result) {
        assertThat(Tokens.prefixed(written)).containsExactly(result);
    }

    @Test
    void splitsTheSameWordTheSameWayWithOrWithoutItsProclitics() {
        // وجود is not in the lists: the length rule splits its و; after ب or ال it is split again.
        assertThat(Tokens.prefixed("بوجود")).isEqualTo(Tokens.prefixed("وجود")).isEqualTo(Tokens.prefixed("الوجود"));
        assertThat(Tokens.prefixed("الالتزام")).isEqualTo(Tokens.prefixed("التزام"));
        assertThat(Tokens.prefixed("الإلكترونية")).isEqualTo(Tokens.prefixed("إلكترونية"));
    }

    @Test
    void leavesLatinAndMixedTokensAlone() {
        assertThat(Tokens.prefixed("ville lille")).containsExactly("ville", "lille");
        assertThat(Tokens.prefixed("بالمشروع2024")).containsExactly("بالمشروع2024");
    }

    @Test
    void leavesKeywordsAlone() {
        CharArraySet keywords = new CharArraySet(java.util.List.of("بالمشروع"), false);
        var analyzer = Tokens.chain(in -> new RemactoArabicPrefixFilter(
                new SetKeywordMarkerFilter(new RemactoArabicNormalizationFilter(in), keywords)));
        assertThat(Tokens.of(analyzer, "بالمشروع والمشروع")).containsExactly("بالمشروع", "مشروع");
    }
}
