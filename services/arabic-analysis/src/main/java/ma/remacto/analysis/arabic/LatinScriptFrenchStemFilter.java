package ma.remacto.analysis.arabic;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link FrenchLightStemFilter} applied only to Latin-script tokens ({@code educations} →
 * {@code education}); Arabic tokens and numbers pass through untouched.
 */
public final class LatinScriptFrenchStemFilter extends ConditionalTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public LatinScriptFrenchStemFilter(TokenStream input) {
        super(input, FrenchLightStemFilter::new);
    }

    @Override
    protected boolean shouldFilter() {
        char[] buffer = term.buffer();
        boolean latin = false;
        for (int i = 0; i < term.length(); i++) {
            char c = buffer[i];
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                latin = true;
            }
        }
        return latin;
    }
}
