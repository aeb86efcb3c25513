package ma.remacto.analysis.arabic;

import java.io.IOException;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces a broken plural by its singular ({@code مشاريع} → {@code مشروع}, {@code احيا} → {@code حي})
 * from the project's list {@code ma/remacto/analysis/arabic/broken-plurals.txt}
 * ({@code plural<TAB>singular}, normalised when loaded). Light stemming cannot reach these plurals
 * because they change the inside of the word. It runs on normalised tokens after the proclitics have
 * been split ({@link RemactoArabicPrefixFilter}) and before light stemming, which then treats the
 * singular and the plural alike. Tokens marked as keywords are left alone.
 */
public final class RemactoBrokenPluralFilter extends TokenFilter {

    private final CharArrayMap<char[]> plurals;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public RemactoBrokenPluralFilter(TokenStream input) {
        this(input, ArabicLexicon.brokenPlurals());
    }

    /** With another map (plural → singular, normalised). */
    public RemactoBrokenPluralFilter(TokenStream input, CharArrayMap<char[]> plurals) {
        super(input);
        this.plurals = plurals;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            char[] singular = plurals.get(term.buffer(), 0, term.length());
            if (singular != null) {
                term.copyBuffer(singular, 0, singular.length);
            }
        }
        return true;
    }
}
