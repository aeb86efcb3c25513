package ma.remacto.search.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the correction of a misspelt word among the index's candidates (already ordered by edit similarity, then
 * frequency).
 *
 * <p>The commonest Arabic misspelling is a long vowel or hamza seat left out or added (المشرع for المشروع, مواطنبن
 * for مواطنين is a different case): edit distance alone then ties the intended word with unrelated words of the same
 * length, and frequency picks the wrong one (المشرع → الموقع). A candidate whose consonant skeleton (the word without
 * the article, long vowels, hamza seats and diacritics) equals the query word's is the same word spelt differently, so
 * it goes first; the others keep their order.
 */
public final class SpellingCandidates {

    private SpellingCandidates() {
    }

    public static Optional<String> best(String word, List<String> candidates) {
        String skeleton = skeleton(word);
        return candidates.stream()
                .sorted(Comparator.comparingInt((String candidate) -> skeleton(candidate).equals(skeleton) ? 0 : 1))
                .findFirst();
    }

    /** The letters that carry the word's root: article, long vowels, hamza seats, tatweel and diacritics removed. */
    static String skeleton(String word) {
        String stripped = word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word;
        StringBuilder letters = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> {
            if (!isVowelOrSeat(c)) {
                letters.appendCodePoint(c == 'ة' ? 'ه' : c);
            }
        });
        return letters.toString();
    }

    private static boolean isVowelOrSeat(int c) {
        return switch (c) {
            case 'ا', 'و', 'ي', 'ى', 'أ', 'إ', 'آ', 'ٱ', 'ء', 'ؤ', 'ئ', 'ـ' -> true;
            default -> c >= 0x064B && c <= 0x0652 || c == 0x0670;
        };
    }
}
