package ma.remacto.analysis.arabic;

import java.text.Normalizer;

/**
 * The spelling normalisation shared by {@link RemactoArabicNormalizationFilter}, the stop list, the
 * protected words and the broken-plural list (so every list is compared in the same normalised form).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Compatibility forms: a token holding an Arabic presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF)
 *       or a combining hamza/madda (U+0653–U+0655) is put through NFKC first, so {@code ﻻ} becomes
 *       {@code لا}, {@code ﺍﻟﻤﺸﺮﻭﻉ} becomes {@code المشروع} and a decomposed {@code و + ◌ٔ} becomes
 *       {@code ؤ}. Spaces NFKC inserts (isolated harakat, the multi-word ligatures U+FDFA/U+FDFB) are
 *       dropped so the token stays one token.</li>
 *   <li>Removed: harakat U+064B–U+065F, superscript alef U+0670, Quranic marks U+06D6–U+06ED, Arabic
 *       signs U+0610–U+061A, tatweel U+0640, and invisible format characters (ZWSP, ZWNJ, ZWJ, LRM, RLM,
 *       ALM U+061C, bidi embeddings and isolates, BOM U+FEFF).</li>
 *   <li>Alef forms {@code أ إ آ ٱ ٲ ٳ ٵ} → {@code ا}.</li>
 *   <li>{@code ى} (alef maksura), Persian/Urdu {@code ی} (U+06CC) and {@code ے} (U+06D2) → {@code ي}.</li>
 *   <li>{@code ة} → {@code ه}; Urdu/Kurdish heh forms {@code ہ ە ۀ ۂ ۃ ھ} → {@code ه}.</li>
 *   <li>Letters of Persian, Urdu and Maghrebi writing: {@code ک گ ڭ} → {@code ك}, {@code پ} → {@code ب},
 *       {@code چ} → {@code ج}, {@code ژ} → {@code ز}, {@code ڤ ڥ} → {@code ف}, {@code ڨ} → {@code ق}.</li>
 *   <li>Hamza: a hamza written before a {@code و} ({@code ؤو ئو ءو}) is dropped, so the Mashreq and
 *       Maghreb spellings {@code مسؤول / مسئول / مسءول} all become {@code مسول} (likewise
 *       {@code شؤون/شئون}, {@code رؤوس/رءوس}); otherwise {@code ؤ} → {@code و} and {@code ئ} → {@code ي}.
 *       A standalone {@code ء} is removed only at the end of a word after {@code و} or {@code ي}, where it
 *       is the same hamza written off its seat: {@code شاطىء = شاطئ = شاطي}, {@code مبادىء = مبادئ},
 *       {@code تباطوء = تباطؤ}, {@code شيء = شي}, {@code ضوء = ضو}. It is kept everywhere else: after
 *       alef ({@code إنشاء}, {@code ماء}; dropping it would turn {@code الماء} into {@code ال + ما}, a
 *       stop word, and a rule depending on the word's length would treat {@code ماء} and
 *       {@code الماء} differently), in the middle of a word, where it separates words ({@code مساءلة}
 *       accountability vs {@code مسألة} issue), and after a consonant ({@code جزء}, {@code بدء}).</li>
 * </ol>
 * Latin and other scripts pass through untouched (apart from NFKC when a token also holds an Arabic
 * presentation form).
 */
public final class ArabicNormalizer {

    static final char ALEF = '\u0627';
    static final char WAW = '\u0648';
    static final char YEH = '\u064A';
    static final char HEH = '\u0647';
    static final char HAMZA = '\u0621';
    static final char WAW_HAMZA = '\u0624';
    static final char YEH_HAMZA = '\u0626';

    private ArabicNormalizer() {
    }

    /** Normalises a whole string (used for the word lists and in tests). */
    public static String normalize(CharSequence text) {
        char[] buffer = text.toString().toCharArray();
        if (needsCompatibilityPass(buffer, buffer.length)) {
            buffer = compatibility(buffer, buffer.length).toCharArray();
        }
        int length = normalizeInPlace(buffer, buffer.length);
        return new String(buffer, 0, length);
    }

    /** Whether the NFKC pass is needed (presentation forms or combining hamza/madda present). */
    static boolean needsCompatibilityPass(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF') || (c >= '\u0653' && c <= '\u0655')) {
                return true;
            }
        }
        return false;
    }

    /** NFKC of the token, without the spaces it can insert. */
    static String compatibility(char[] buffer, int length) {
        String composed = Normalizer.normalize(new String(buffer, 0, length), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Applies the letter rules in place (the compatibility pass, if needed, has been done) and
     * returns the new length, never longer than the old one.
     */
    static int normalizeInPlace(char[] s, int length) {
        // Pass 1: drop marks and invisible characters, fold letter variants; hamza letters kept for pass 2.
        int w = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (removed(c)) {
                continue;
            }
            s[w++] = fold(c);
        }
        // Pass 2: hamza, which looks at its (already folded) neighbours.
        int n = w;
        w = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (c == WAW_HAMZA || c == YEH_HAMZA || c == HAMZA) {
                char next = i + 1 < n ? s[i + 1] : 0;
                if (next == WAW && i > 0) {
                    continue; // مسؤول / مسئول / مسءول → مسول
                }
                if (c == HAMZA) {
                    char previous = w > 0 ? s[w - 1] : 0;
                    if (i == n - 1 && w > 1 && (previous == WAW || previous == YEH)) {
                        continue; // final hamza on the line after و/ي: شاطىء → شاطي (= شاطئ), تباطوء → تباطو (= تباطؤ)
                    }
                    s[w++] = c;
                } else {
                    s[w++] = c == WAW_HAMZA ? WAW : YEH;
                }
                continue;
            }
            s[w++] = c;
        }
        return w;
    }

    static boolean removed(char c) {
        return (c >= '\u064B' && c <= '\u065F') // harakat, shadda, sukun, combining hamza/madda
                || c == '\u0670' // superscript alef
                || (c >= '\u06D6' && c <= '\u06ED') // Quranic annotation marks
                || (c >= '\u0610' && c <= '\u061A') // Arabic signs (honorifics, small high letters)
                || c == '\u0640' // tatweel
                || c == '\u061C' // Arabic letter mark
                || (c >= '\u200B' && c <= '\u200F') // ZWSP, ZWNJ, ZWJ, LRM, RLM
                || (c >= '\u202A' && c <= '\u202E') // bidi embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // bidi isolates
                || c == '\uFEFF'; // BOM / zero-width no-break space
    }

    static char fold(char c) {
        switch (c) {
            case '\u0623': // أ
            case '\u0625': // إ
            case '\u0622': // آ
            case '\u0671': // ٱ alef wasla
            case '\u0672': // ٲ
            case '\u0673': // ٳ
            case '\u0675': // ٵ high hamza alef
                return ALEF;
            case '\u0649': // ى alef maksura
            case '\u06CC': // ی Farsi yeh
            case '\u06D2': // ے yeh barree
                return YEH;
            case '\u0629': // ة taa marbuta
            case '\u06C1': // ہ heh goal
            case '\u06C2': // ۂ heh goal with hamza
            case '\u06C3': // ۃ teh marbuta goal
            case '\u06D5': // ە ae
            case '\u06C0': // ۀ heh with yeh
            case '\u06BE': // ھ heh doachashmee (typed for ه on some keyboards: واجھة)
                return HEH;
            case '\u06A9': // ک keheh
            case '\u06AF': // گ gaf
            case '\u06AD': // ڭ ng (Moroccan gaf)
                return '\u0643'; // ك
            case '\u067E': // پ
                return '\u0628'; // ب
            case '\u0686': // چ
                return '\u062C'; // ج
            case '\u0698': // ژ
                return '\u0632'; // ز
            case '\u06A4': // ڤ veh
            case '\u06A5': // ڥ Maghrebi veh
                return '\u0641'; // ف
            case '\u06A8': // ڨ Maghrebi qaf-g
                return '\u0642'; // ق
            default:
                return c;
        }
    }

    /** Whether the character is a letter of the Arabic script (after normalisation). */
    static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    static boolean isArabicToken(char[] s, int length) {
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isArabicLetter(s[i])) {
                return false;
            }
        }
        return true;
    }
}
