package ma.remacto.analysis.arabic;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

/** The filter chains shared by the two analyzers and the Elasticsearch components. */
final class RemactoAnalysisChains {

    /** French elided articles and conjunctions: l', d', qu', j', n', s', t', c', m', jusqu', lorsqu', puisqu', quoiqu'. */
    static final CharArraySet FRENCH_ELISIONS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of("l", "d", "qu", "j", "n", "s", "t", "c", "m", "jusqu", "lorsqu", "puisqu", "quoiqu"), true));

    private RemactoAnalysisChains() {
    }

    /** lowercase → French elision → ASCII folding → Arabic-Indic digits → Arabic normalisation. */
    static TokenStream normalised(TokenStream tokens) {
        TokenStream stream = new LowerCaseFilter(tokens);
        stream = new ElisionFilter(stream, FRENCH_ELISIONS);
        stream = new ASCIIFoldingFilter(stream);
        stream = new DecimalDigitFilter(stream);
        return new RemactoArabicNormalizationFilter(stream);
    }

    /**
     * stop words → proclitics → stop words again (a stop word behind a proclitic: وهذه, فإن) → broken
     * plurals → Arabic light stemming → French light stemming of Latin tokens.
     */
    static TokenStream stemmed(TokenStream normalised) {
        CharArraySet stopWords = ArabicLexicon.stopWords();
        TokenStream stream = new StopFilter(normalised, stopWords);
        stream = new RemactoArabicPrefixFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream = new RemactoBrokenPluralFilter(stream);
        stream = new RemactoArabicLightStemFilter(stream);
        return new LatinScriptFrenchStemFilter(stream);
    }

    /** For multi-term queries (prefix, wildcard, fuzzy): the character-level steps only. */
    static TokenStream normalizeOnly(TokenStream tokens) {
        TokenStream stream = new LowerCaseFilter(tokens);
        stream = new ASCIIFoldingFilter(stream);
        stream = new DecimalDigitFilter(stream);
        return new RemactoArabicNormalizationFilter(stream);
    }
}
