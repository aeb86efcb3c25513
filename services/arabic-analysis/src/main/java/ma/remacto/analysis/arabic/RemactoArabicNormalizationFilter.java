package ma.remacto.analysis.arabic;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Folds the spelling variants of Arabic text so that differently written forms of a word meet:
 * presentation forms (NFKC), diacritics and tatweel, alef forms, hamza seats, alef maksura, taa
 * marbuta, and Persian/Urdu/Maghrebi letters. The rules are listed on {@link ArabicNormalizer}.
 *
 * <p>Unlike Lucene's {@code ArabicNormalizationFilter} it folds the hamza seats ({@code مسؤول =
 * مسئول}), alef wasla ({@code ٱلمدرسة = المدرسة}), presentation forms and Persian letters. It never
 * lengthens a token except through NFKC of a presentation-form ligature.
 */
public final class RemactoArabicNormalizationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    public RemactoArabicNormalizationFilter(TokenStream input) {
        super(input);
    }

    /** A token made only of marks (say a run of tatweel) normalises to nothing and is dropped. */
    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            if (ArabicNormalizer.needsCompatibilityPass(term.buffer(), term.length())) {
                String composed = ArabicNormalizer.compatibility(term.buffer(), term.length());
                term.setEmpty().append(composed);
            }
            term.setLength(ArabicNormalizer.normalizeInPlace(term.buffer(), term.length()));
            if (term.length() > 0) {
                if (skipped > 0) {
                    positionIncrement.setPositionIncrement(positionIncrement.getPositionIncrement() + skipped);
                }
                return true;
            }
            skipped += positionIncrement.getPositionIncrement();
        }
        return false;
    }
}
