package ma.remacto.analysis.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each spelling rule of {@link RemactoArabicNormalizationFilter}, on its own (no stop words, no stemming). */
class RemactoArabicNormalizationFilterTest {

    @ParameterizedTest(name = "alef form {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "أمل | امل", // U+0623 hamza above
            "إدارة | اداره", // U+0625 hamza below
            "آلية | اليه", // U+0622 madda
            "ٱلمدرسة | المدرسه", // U+0671 wasla
            "ٲمل | امل", // U+0672 wavy hamza above
            "ٳدارة | اداره", // U+0673 wavy hamza below
            "ٵمل | امل", // U+0675 high hamza
    })
    void foldsEveryAlefForm(String written, String normalised) {
        assertThat(Tokens.normalized(written)).containsExactly(normalised);
    }

    @ParameterizedTest(name = "hamza {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "مسؤول | مسول", // hamza on waw before waw: dropped
            "مسئول | مسول", // hamza on yeh before waw: dropped (Maghreb/Egypt spelling)
            "مسءول | مسول", // hamza on the line before waw: dropped
            "شؤون | شون",
            "شئون | شون",
            "رءوس | روس",
            "رؤية | رويه", // ؤ → و
            "سؤال | سوال",
            "مؤسسة | موسسه",
            "رئيس | رييس", // ئ → ي
            "هيئة | هييه",
            "شاطئ | شاطي", // final ئ → ي
            "شاطىء | شاطي", // final ء after ى (→ ي) dropped: same as شاطئ
            "مبادئ | مبادي",
            "مبادىء | مبادي",
            "تباطؤ | تباطو", // final ؤ → و
            "تباطوء | تباطو", // final ء after و dropped: same as تباطؤ
            "شيء | شي",
            "مساءلة | مساءله", // medial ء kept: accountability …
            "مسألة | مساله", // … is not an issue
            "إنشاء | انشاء", // final ء after alef kept
            "ماء | ماء",
            "الماء | الماء",
            "جزء | جزء", // final ء after a consonant kept
    })
    void normalisesHamza(String written, String normalised) {
        assertThat(Tokens.normalized(written)).containsExactly(normalised);
    }

    @Test
    void bothSpellingsOfResponsibleAreEqual() {
        assertThat(Tokens.normalized("مسؤول")).isEqualTo(Tokens.normalized("مسئول"));
        assertThat(Tokens.normalized("المسؤولية")).isEqualTo(Tokens.normalized("المسئولية"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "على | علي", // alef maksura → yeh
            "مستشفى | مستشفي",
            "مدرسة | مدرسه", // taa marbuta → heh
            "الجماعة | الجماعه",
    })
    void foldsAlefMaksuraAndTaaMarbuta(String written, String normalised) {
        assertThat(Tokens.normalized(written)).containsExactly(normalised);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "مَدْرَسَةٌ | مدرسه", // fatha, sukun, dammatan
            "مُسْؤُولٌ | مسول",
            "المُشَارَكَةِ | المشاركه", // shadda-free kasra
            "الشَّفَّافِيَّة | الشفافيه", // shadda
            "هٰذا | هذا", // superscript alef U+0670
            "الكتابۖ | الكتاب", // Quranic mark U+06D6
            "نورۘ | نور", // Quranic mark U+06D8
            "صلىؐ | صلي", // Arabic sign U+0610
    })
    void removesDiacriticsAndQuranicMarks(String written, String normalised) {
        assertThat(Tokens.normalized(written)).containsExactly(normalised);
    }

    @Test
    void removesTatweelAndDropsTokensMadeOnlyOfIt() {
        assertThat(Tokens.normalized("مـــشـــروع")).containsExactly("مشروع");
        assertThat(Tokens.normalized("الجمـاعة")).containsExactly("الجماعه");
        assertThat(Tokens.positions(Tokens.NORMALIZATION, "مشروع ـــــ جديد")).containsExactly("0:مشروع", "2:جديد");
    }

    @Test
    void removesInvisibleFormatCharacters() {
        assertThat(Tokens.normalized("مش\u200Cروع")).containsExactly("مشروع"); // ZWNJ
        assertThat(Tokens.normalized("مشر\u200Dوع")).containsExactly("مشروع"); // ZWJ
    }

    @ParameterizedTest(name = "presentation form {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "ﻻ | لا", // lam-alef ligature U+FEFB
            "ﺍﻟﻤﺸﺮﻭﻉ | المشروع", // isolated/initial/medial/final forms
            "ﺍﻟﺠﻤﺎﻋﺔ | الجماعه", // final taa marbuta form → ة → ه
            "ﺃﻣﻞ | امل", // alef with hamza form → أ → ا
            "ﷲ | الله", // U+FDF2 ligature
            "ﷺ | صلياللهعليهوسلم", // U+FDFA: NFKC gives four words, kept as one token
            "ﻣﺴﺆﻭﻝ | مسول", // presentation forms, then the hamza rule
    })
    void normalisesPresentationFormsThroughNfkc(String written, String normalised) {
        assertThat(Tokens.normalized(written)).containsExactly(normalised);
    }

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "کتاب | كتاب | keheh U+06A9",
            "کرسی | كرسي | Farsi yeh U+06CC",
            "مدرسہ | مدرسه | heh goal U+06C1",
            "مدرسە | مدرسه | ae U+06D5",
            "خانۀ | خانه | heh with yeh U+06C0",
            "واجھة | واجهه | heh doachashmee U+06BE",
            "گاز | كاز | gaf U+06AF",
            "أڭادير | اكادير | ng U+06AD (Moroccan gaf)",
            "پارک | بارك | peh U+067E",
            "چاي | جاي | tcheh U+0686",
            "ژوين | زوين | jeh U+0698",
            "ڤيلا | فيلا | veh U+06A4",
            "ڥيلا | فيلا | Maghrebi veh U+06A5",
            "ڨرية | قريه | Maghrebi qaf U+06A8",
            "بابے | بابي | yeh barree U+06D2",
    })
    void foldsPersianUrduAndMaghrebiLetters(String written, String normalised, String letter) {
        assertThat(Tokens.normalized(written)).containsExactly(normalised);
    }

    @Test
    void leavesLatinTextAlone() {
        assertThat(Tokens.normalized("Projet citoyen 2024")).containsExactly("projet", "citoyen", "2024");
    }

    @Test
    void sharedNormaliserMatchesTheFilter() {
        for (String word : List.of("ٱلمسؤولية", "ﺍﻟﻤﺸﺮﻭﻉ", "مـُدرَسة", "شاطىء", "پروژه")) {
            assertThat(Tokens.normalized(word)).containsExactly(ArabicNormalizer.normalize(word));
        }
    }
}
