package ma.remacto.analysis.arabic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Splits the stacked proclitics off a normalised Arabic token before stemming: an optional
 * conjunction ({@code و}, {@code ف}), an optional preposition ({@code ب}, {@code ك}, {@code ل}) and an
 * optional article ({@code ال}; {@code ل + ال} is written {@code لل}). So {@code وبالمشروع} →
 * {@code مشروع}, {@code وللمواطنين} → {@code مواطنين}, {@code فالجماعه} → {@code جماعه}.
 *
 * <p>Which split is taken:
 * <ol>
 *   <li>A token that is itself a known word (the protected words and every word of the broken-plural
 *       list, see {@link ArabicLexicon}) or a stop word is left alone: {@code ولايه}, {@code بلديه},
 *       {@code لجنه}, {@code والي}, {@code فكره}, {@code برامج}.</li>
 *   <li>Otherwise the longest proclitic sequence whose remainder is a known word or a stop word (at
 *       least two letters) wins: {@code وبلديه} → {@code بلديه} (not {@code لديه}), {@code للجنه} →
 *       {@code لجنه} (not {@code ل + ال + جنه}), {@code والتي} → {@code التي} (which the next stop filter
 *       removes). The article is never split off a stop word: nothing follows the article that way, so
 *       {@code الما} (الماء written without its hamza) stays whole.</li>
 *   <li>Otherwise the longest sequence that leaves enough of the word: three letters after
 *       conjunctions and prepositions alone ({@code وطن}, {@code ولد}, {@code فرق} stay whole), two
 *       after the article ({@code الحي} → {@code حي}, {@code الحل} → {@code حل}); never {@code ك} or a
 *       lone {@code ف} (see {@link Proclitic#guessable()}).</li>
 *   <li>While what is left is not a known word, it is split again by the same rules (at most three
 *       rounds). After a proclitic a leading {@code و/ف/ب/ك/ل} or {@code ال} belongs to the word, but the
 *       same word written alone gets its first letter split by rule 3, so splitting again keeps all
 *       forms of a word equal: {@code وجود}, {@code بوجود} and {@code الوجود} all give {@code جود};
 *       {@code الالتزام} and {@code التزام} would both give {@code تزام}. Consistency is what search
 *       needs; the protected words keep the common words readable ({@code التزام}, {@code وزير},
 *       {@code بلدية} stay whole).</li>
 * </ol>
 * Only all-Arabic tokens are touched, and tokens marked as keywords are left alone.
 */
public final class RemactoArabicPrefixFilter extends TokenFilter {

    /** Minimum letters left after conjunctions and prepositions without the article. */
    static final int MIN_REMAINDER = 3;
    /** Minimum letters left after a sequence ending with the article. */
    static final int MIN_REMAINDER_AFTER_ARTICLE = 2;
    /** Splitting rounds (rule 4): وبالوجود → وبال, then و (جود). */
    static final int MAX_ROUNDS = 3;

    /**
     * @param guessable whether rule 3 may split it off a word it does not know. Not so for {@code ك} and a
     *                  lone {@code ف}: the preposition ك is rare in today's writing and many words start
     *                  with these letters ({@code كاميرا}, {@code كلاب}, {@code فضاء}, {@code فريق}), so
     *                  guessing would turn them into other words ({@code اميرات}, princesses). They are
     *                  still split before the article ({@code كالمشروع}, {@code فالجماعه}) and before a
     *                  known word.
     */
    record Proclitic(char[] letters, boolean article, boolean guessable) {
    }

    /** Every proclitic sequence, longest first. */
    static final List<Proclitic> PROCLITICS = proclitics();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public RemactoArabicPrefixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (!ArabicNormalizer.isArabicToken(buffer, length)) {
            return true;
        }
        int cut = prefixLength(buffer, length);
        if (cut > 0) {
            System.arraycopy(buffer, cut, buffer, 0, length - cut);
            term.setLength(length - cut);
        }
        return true;
    }

    /** How many leading characters of the normalised token are proclitics. */
    static int prefixLength(char[] s, int length) {
        int cut = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (known(s, cut, length - cut) || ArabicLexicon.isStopWord(s, cut, length - cut)) {
                break; // a known word, or a stop word behind a proclitic (والتي → التي, removed next)
            }
            Proclitic proclitic = choose(s, cut, length - cut);
            if (proclitic == null) {
                break;
            }
            cut += proclitic.letters().length;
        }
        return cut;
    }

    private static Proclitic choose(char[] s, int offset, int length) {
        for (Proclitic proclitic : PROCLITICS) {
            int rest = length - proclitic.letters().length;
            if (rest >= 2 && startsWith(s, offset, length, proclitic.letters())) {
                int from = offset + proclitic.letters().length;
                boolean stopWord = ArabicLexicon.isStopWord(s, from, rest);
                if (known(s, from, rest) || (stopWord && !proclitic.article())) {
                    return proclitic;
                }
            }
        }
        for (Proclitic proclitic : PROCLITICS) {
            int rest = length - proclitic.letters().length;
            int minimum = proclitic.article() ? MIN_REMAINDER_AFTER_ARTICLE : MIN_REMAINDER;
            if (proclitic.guessable() && rest >= minimum && startsWith(s, offset, length, proclitic.letters())
                    && !(proclitic.article() && ArabicLexicon.isStopWord(s, offset + proclitic.letters().length, rest))) {
                return proclitic;
            }
        }
        return null;
    }

    private static boolean known(char[] s, int offset, int length) {
        return ArabicLexicon.isContentWord(s, offset, length);
    }

    private static boolean startsWith(char[] s, int offset, int length, char[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (s[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Proclitic> proclitics() {
        List<Proclitic> all = new ArrayList<>();
        for (String conjunction : new String[] {"", "و", "ف"}) {
            for (String preposition : new String[] {"", "ب", "ك", "ل"}) {
                for (boolean article : new boolean[] {false, true}) {
                    String letters = conjunction + (article ? (preposition.equals("ل") ? "لل" : preposition + "ال") : preposition);
                    if (!letters.isEmpty()) {
                        boolean guessable = article || !(preposition.equals("ك")
                                || (conjunction.equals("ف") && preposition.isEmpty()));
                        all.add(new Proclitic(letters.toCharArray(), article, guessable));
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt((Proclitic p) -> p.letters().length).reversed());
        return List.copyOf(all);
    }
}
