package ma.remacto.analysis.arabic;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the {@code .exact} subfields used by phrase queries: the words as written, every word
 * kept in its position, only the spelling folded:
 * <pre>
 * StandardTokenizer → LowerCaseFilter → ElisionFilter → ASCIIFoldingFilter → DecimalDigitFilter
 *   → RemactoArabicNormalizationFilter
 * </pre>
 * No stop words, no proclitic splitting, no stemming: {@code الولوج إلى المعلومة} stays three tokens in
 * order ({@code الولوج الي المعلومه}), and a phrase matches only the same words in the same order.
 */
public final class RemactoArabicExactAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, RemactoAnalysisChains.normalised(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return RemactoAnalysisChains.normalizeOnly(in);
    }
}
