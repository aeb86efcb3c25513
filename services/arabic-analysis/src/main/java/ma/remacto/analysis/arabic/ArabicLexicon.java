package ma.remacto.analysis.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The word lists of the analysis, all in normalised form ({@link ArabicNormalizer}), loaded once from
 * the plugin's resources:
 * <ul>
 *   <li>{@code broken-plurals.txt}: {@code plural<TAB>singular} pairs;</li>
 *   <li>{@code protected-words.txt}: words whose first letters look like proclitics but belong to the
 *       word ({@code ولاية}, {@code بلدية}, {@code لجنة}, {@code فكرة}), one a line; an entry ending with
 *       {@code *} protects every word starting with it;</li>
 *   <li>the stop words: Lucene's Arabic list normalised, plus Lucene's French list lower-cased and
 *       ASCII-folded (as the chain folds the text before the stop filter).</li>
 * </ul>
 */
public final class ArabicLexicon {

    static final String BROKEN_PLURALS = "broken-plurals.txt";
    static final String PROTECTED_WORDS = "protected-words.txt";

    /**
     * Stop words of Lucene's Arabic list that are not removed: after normalisation {@code فيه} ("in it")
     * is also {@code فئة} (category, ئ → ي and ة → ه), a word the platform's texts need.
     */
    static final List<String> KEPT_STOP_WORDS = List.of("فيه");

    private ArabicLexicon() {
    }

    /** Arabic (normalised) and French (folded) stop words. */
    public static CharArraySet stopWords() {
        return Holder.STOP_WORDS;
    }

    /** The broken-plural map, plural → singular, both normalised. */
    public static CharArrayMap<char[]> brokenPlurals() {
        return Holder.BROKEN_PLURALS_MAP;
    }

    /** The pairs as written in the resource file, in file order (for tests and documentation). */
    public static Map<String, String> brokenPluralPairs() {
        return Holder.BROKEN_PLURAL_PAIRS;
    }

    /** Words known to be whole words: protected words and every plural and singular of the plural list. */
    static CharArraySet contentWords() {
        return Holder.CONTENT_WORDS;
    }

    /** Protected stems: a word starting with one of them is a whole word. */
    static char[][] protectedStems() {
        return Holder.PROTECTED_STEMS;
    }

    /** Whether the slice is a known content word (exact word or starting with a protected stem). */
    static boolean isContentWord(char[] s, int offset, int length) {
        if (Holder.CONTENT_WORDS.contains(s, offset, length)) {
            return true;
        }
        for (char[] stem : Holder.PROTECTED_STEMS) {
            if (length >= stem.length && regionMatches(s, offset, stem)) {
                return true;
            }
        }
        return false;
    }

    static boolean isStopWord(char[] s, int offset, int length) {
        return Holder.STOP_WORDS.contains(s, offset, length);
    }

    private static boolean regionMatches(char[] s, int offset, char[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (s[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static List<String> lines(String resource) {
        InputStream in = ArabicLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource + " next to " + ArabicLexicon.class.getName());
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                if (comment >= 0) {
                    line = line.substring(0, comment);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    static String foldFrench(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        char[] input = lower.toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    private static final class Holder {

        static final Map<String, String> BROKEN_PLURAL_PAIRS;
        static final CharArrayMap<char[]> BROKEN_PLURALS_MAP;
        static final CharArraySet CONTENT_WORDS;
        static final char[][] PROTECTED_STEMS;
        static final CharArraySet STOP_WORDS;

        static {
            Map<String, String> pairs = new LinkedHashMap<>();
            CharArrayMap<char[]> plurals = new CharArrayMap<>(256, false);
            CharArraySet content = new CharArraySet(512, false);
            for (String line : lines(BROKEN_PLURALS)) {
                String[] fields = line.split("\t");
                if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                    throw new IllegalStateException(BROKEN_PLURALS + ": expected plural<TAB>singular, got [" + line + "]");
                }
                String plural = fields[0].strip();
                String singular = fields[1].strip();
                if (pairs.put(plural, singular) != null) {
                    throw new IllegalStateException(BROKEN_PLURALS + ": duplicate plural " + plural);
                }
                String normalisedPlural = ArabicNormalizer.normalize(plural);
                String normalisedSingular = ArabicNormalizer.normalize(singular);
                if (!normalisedPlural.equals(normalisedSingular)) {
                    plurals.put(normalisedPlural, normalisedSingular.toCharArray());
                }
                content.add(normalisedPlural);
                content.add(normalisedSingular);
            }
            List<char[]> stems = new ArrayList<>();
            for (String line : lines(PROTECTED_WORDS)) {
                if (line.endsWith("*")) {
                    stems.add(ArabicNormalizer.normalize(line.substring(0, line.length() - 1)).toCharArray());
                } else {
                    content.add(ArabicNormalizer.normalize(line));
                }
            }
            CharArraySet stop = new CharArraySet(256, false);
            for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
                String normalised = ArabicNormalizer.normalize(new String((char[]) word));
                if (!KEPT_STOP_WORDS.contains(normalised)) {
                    stop.add(normalised);
                }
            }
            for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
                stop.add(foldFrench(new String((char[]) word)));
            }
            BROKEN_PLURAL_PAIRS = java.util.Collections.unmodifiableMap(pairs);
            BROKEN_PLURALS_MAP = CharArrayMap.unmodifiableMap(plurals);
            CONTENT_WORDS = CharArraySet.unmodifiableSet(content);
            PROTECTED_STEMS = stems.toArray(new char[0][]);
            STOP_WORDS = CharArraySet.unmodifiableSet(stop);
        }
    }
}
