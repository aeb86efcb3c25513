package ma.remacto.analysis.arabic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Analyses strings in tests: the tokens, or the tokens with their positions. */
final class Tokens {

    static final Analyzer FULL = new RemactoArabicAnalyzer();
    static final Analyzer EXACT = new RemactoArabicExactAnalyzer();
    /** Standard tokenizer, lowercase and the normalisation filter alone. */
    static final Analyzer NORMALIZATION = chain(RemactoArabicNormalizationFilter::new);
    /** Normalisation then proclitic splitting, nothing else (no stop words, no stemming). */
    static final Analyzer PREFIX = chain(in -> new RemactoArabicPrefixFilter(new RemactoArabicNormalizationFilter(in)));

    private Tokens() {
    }

    static Analyzer chain(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(new LowerCaseFilter(source)));
            }
        };
    }

    static List<String> of(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Tokens with their absolute positions, as "position:token". */
    static List<String> positions(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(position + ":" + term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static List<String> full(String text) {
        return of(FULL, text);
    }

    static List<String> exact(String text) {
        return of(EXACT, text);
    }

    static List<String> normalized(String text) {
        return of(NORMALIZATION, text);
    }

    static List<String> prefixed(String text) {
        return of(PREFIX, text);
    }
}
