package ma.remacto.analysis.arabic;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The full REMACTO analysis for the main text fields, Arabic and French alike:
 * <pre>
 * StandardTokenizer → LowerCaseFilter → ElisionFilter (French l', d', qu', …) → ASCIIFoldingFilter
 *   → DecimalDigitFilter → RemactoArabicNormalizationFilter → StopFilter (normalised Arabic + folded French)
 *   → RemactoArabicPrefixFilter → StopFilter → RemactoBrokenPluralFilter → RemactoArabicLightStemFilter
 *   → FrenchLightStemFilter (Latin-script tokens only)
 * </pre>
 * {@code وللمواطنين}, {@code المواطن}, {@code مواطنون} give the same token; so do {@code مشاريع} and
 * {@code المشروع}, {@code مسؤول} and {@code مسئول}, {@code ٱلمدرسة} and {@code مدرسة},
 * {@code l'éducation} and {@code Éducations}. Usable outside Elasticsearch.
 */
public final class RemactoArabicAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, RemactoAnalysisChains.stemmed(RemactoAnalysisChains.normalised(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return RemactoAnalysisChains.normalizeOnly(in);
    }
}
