package ma.remacto.analysis.arabic;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light stemming of Arabic-script tokens with Lucene's {@link ArabicStemmer} (Larkey's light10, the
 * stemmer behind {@code ArabicStemFilter}), suffixes only: {@code ها ان ات ون ين يه ية ه ة ي}, each
 * removed when at least two letters remain.
 *
 * <p>Why not {@code ArabicStemFilter} itself: its prefix half removes {@code ال وال بال كال فال لل}
 * and a leading {@code و} from every token of four letters or more, after
 * {@link RemactoArabicPrefixFilter} has already split the proclitics with its protected words. It would
 * undo those decisions: {@code ولايه} → {@code لا}, {@code والي} → {@code ال}, {@code الكترونيه} →
 * {@code كترون}. Latin tokens and tokens marked as keywords are left alone.
 */
public final class RemactoArabicLightStemFilter extends TokenFilter {

    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public RemactoArabicLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword() && ArabicNormalizer.isArabicToken(term.buffer(), term.length())) {
            term.setLength(stemmer.stemSuffix(term.buffer(), term.length()));
        }
        return true;
    }
}
