package ma.remacto.analysis.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where Lucene's stock {@link ArabicAnalyzer} (9.12.2: standard tokenizer, lowercase, decimal digits,
 * stop words, ArabicNormalizationFilter, ArabicStemFilter) keeps apart two spellings a citizen and a
 * document may use for the same word, and the REMACTO analyzer brings them together.
 */
class StockArabicAnalyzerComparisonTest {

    private static final Analyzer STOCK = new ArabicAnalyzer();

    @AfterAll
    static void close() {
        STOCK.close();
    }

    @ParameterizedTest(name = "{2}: {0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "وبالمشروع | مشروع | stacked proclitics (stock: بالمشروع)",
            "وللمواطنين | المواطن | stacked proclitics and sound plural (stock: للمواطن)",
            "مشاريع | مشروع | broken plural",
            "الأحياء | حي | broken plural with final hamza",
            "مسؤول | مسئول | hamza seats ؤ / ئ",
            "ٱلمدرسة | المدرسة | alef wasla (stock keeps the article: ٱلمدرس)",
            "ﺍﻟﻤﺸﺮﻭﻉ | المشروع | presentation forms",
            "کتاب | كتاب | Persian keheh",
            "وزير | الوزير | light10 strips و from وزير but not from الوزير",
            "l'éducation | éducations | French elision, accents and plural",
    })
    void stockKeepsApartWhatOursBringsTogether(String first, String second, String rule) {
        assertThat(Tokens.of(STOCK, first)).as("stock").isNotEqualTo(Tokens.of(STOCK, second));
        assertThat(Tokens.full(first)).as("remacto").isEqualTo(Tokens.full(second)).isNotEmpty();
    }

    @ParameterizedTest(name = "stop word variant {0}")
    @CsvSource(delimiter = '|', value = {
            "هذة", // misspelt هذه: the stock stop list runs before normalisation
            "وهذه", // conjunction + stop word
            "علي", // على written with ي
    })
    void stockIndexesStopWordVariants(String word) {
        assertThat(Tokens.of(STOCK, word)).as("stock").isNotEmpty();
        assertThat(Tokens.full(word)).as("remacto").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ولاية | لا", // light10 strips و then يه: the province becomes the particle لا
            "والي | ال", // the governor becomes the article
    })
    void stockMangleswordsThatStartWithWaw(String word, String stockToken) {
        assertThat(Tokens.of(STOCK, word)).containsExactly(stockToken);
        assertThat(Tokens.full(word)).singleElement().asString().startsWith("و");
    }
}
