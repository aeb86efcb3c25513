package ma.remacto.analysis.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The full chain and the exact chain, end to end. */
class RemactoArabicAnalyzerTest {

    @Test
    void citizensMeetHoweverTheWordIsWritten() {
        List<String> citizen = Tokens.full("المواطن");
        assertThat(citizen).hasSize(1);
        for (String form : List.of("مواطن", "وللمواطنين", "مواطنون", "المواطنين", "والمواطنون", "بالمواطنين")) {
            assertThat(Tokens.full(form)).as(form).isEqualTo(citizen);
        }
    }

    @Test
    void projectsMeetSingularAndPlural() {
        List<String> project = Tokens.full("المشروع");
        assertThat(project).containsExactly("مشروع");
        for (String form : List.of("مشاريع", "وبالمشروع", "وبالمشاريع", "للمشاريع", "ﺍﻟﻤﺸﺮﻭﻉ")) {
            assertThat(Tokens.full(form)).as(form).isEqualTo(project);
        }
    }

    @Test
    void responsibleMeetsInEverySpelling() {
        List<String> responsible = Tokens.full("مسؤول");
        assertThat(Tokens.full("مسئول")).isEqualTo(responsible);
        assertThat(Tokens.full("المسؤولين")).isEqualTo(responsible);
        assertThat(Tokens.full("المسئولون")).isEqualTo(responsible);
        assertThat(Tokens.full("مُسْؤُولٌ")).isEqualTo(responsible);
    }

    @Test
    void schoolMeetsWithAlefWaslaAndTaaMarbuta() {
        List<String> school = Tokens.full("مدرسه");
        assertThat(Tokens.full("ٱلمدرسة")).isEqualTo(school);
        assertThat(Tokens.full("المدرسة")).isEqualTo(school);
        assertThat(Tokens.full("مدارس")).isEqualTo(school);
    }

    @Test
    void otherDomainWordsMeet() {
        assertThat(Tokens.full("الأحياء")).isEqualTo(Tokens.full("حي")).isEqualTo(Tokens.full("الحي"));
        assertThat(Tokens.full("النساء")).isEqualTo(Tokens.full("المرأة")).isEqualTo(Tokens.full("امرأة"));
        assertThat(Tokens.full("الأفكار")).isEqualTo(Tokens.full("فكرة"));
        assertThat(Tokens.full("الإلكترونية")).isEqualTo(Tokens.full("إلكترونية")).isEqualTo(Tokens.full("الالكترونية"));
        assertThat(Tokens.full("الماء")).isEqualTo(Tokens.full("مياه")).isEqualTo(Tokens.full("بالماء")).isNotEmpty();
        assertThat(Tokens.full("شاطئ")).isEqualTo(Tokens.full("الشاطىء"));
    }

    @Test
    void keepsProtectedWordsApart() {
        assertThat(Tokens.full("لجنة")).isNotEqualTo(Tokens.full("جنة"));
        assertThat(Tokens.full("فكرة")).isNotEqualTo(Tokens.full("كرة"));
        assertThat(Tokens.full("بطاقة")).isNotEqualTo(Tokens.full("طاقة"));
        assertThat(Tokens.full("ولاية")).isNotEqualTo(Tokens.full("لاية"));
        assertThat(Tokens.full("والي")).isNotEqualTo(Tokens.full("إلى")).isNotEmpty();
        assertThat(Tokens.full("بلدية")).isEqualTo(Tokens.full("والبلديات"));
    }

    @ParameterizedTest(name = "stop word {0}")
    @ValueSource(strings = {"إلى", "الى", "على", "علي", "هذه", "هذة", "هذا", "التي", "التى", "الذي", "الذى",
            "أن", "إن", "ان", "أو", "او", "لدى", "لدي", "وهذه", "فإن", "لهذا", "والتي", "بأن"})
    void removesArabicStopWordsInEverySpelling(String word) {
        assertThat(Tokens.full(word)).isEmpty();
    }

    @Test
    void removesStopWordsInsideSentencesAndKeepsTheirPositions() {
        assertThat(Tokens.positions(Tokens.FULL, "الولوج إلى المعلومة")).containsExactly("0:ولوج", "2:معلوم");
        assertThat(Tokens.full("le projet de la commune")).containsExactly("projet", "comun");
    }

    @Test
    void handlesFrenchElisionAccentsAndPlurals() {
        List<String> education = Tokens.full("education");
        assertThat(education).hasSize(1);
        assertThat(Tokens.full("l'éducation")).isEqualTo(education);
        assertThat(Tokens.full("L’Éducation")).isEqualTo(education);
        assertThat(Tokens.full("Éducations")).isEqualTo(education);
        assertThat(Tokens.full("d'eau")).containsExactly("eau");
        assertThat(Tokens.full("qu'une jusqu'à lorsqu'il")).isEmpty();
        assertThat(Tokens.full("Participation citoyenne")).isEqualTo(Tokens.full("participations citoyennes"));
    }

    @Test
    void foldsArabicIndicAndPersianDigits() {
        assertThat(Tokens.full("٢٠٢٤")).containsExactly("2024");
        assertThat(Tokens.full("۲۰۲۵")).containsExactly("2025");
        assertThat(Tokens.exact("برنامج ٢٠٢٤-٢٠٢٥")).containsExactly("برنامج", "2024", "2025");
    }

    @Test
    void leavesArabicTokensOutOfTheFrenchStemmerAndLatinOutOfTheArabicOne() {
        assertThat(Tokens.full("ville")).containsExactly("vile");
        assertThat(Tokens.full("villes")).containsExactly("vile");
        assertThat(Tokens.full("معلومات")).containsExactly("معلوم");
    }

    @Test
    void exactAnalyzerKeepsEveryWordInOrder() {
        assertThat(Tokens.positions(Tokens.EXACT, "الولوج إلى المعلومة"))
                .containsExactly("0:الولوج", "1:الي", "2:المعلومه");
        assertThat(Tokens.exact("وبالمشاريع")).containsExactly("وبالمشاريع");
        assertThat(Tokens.exact("مسؤول")).isEqualTo(Tokens.exact("مسئول"));
        assertThat(Tokens.exact("L'Éducation des enfants")).containsExactly("education", "des", "enfants");
        assertThat(Tokens.exact("ﺍﻟﻤﺸﺮﻭﻉ")).isEqualTo(Tokens.exact("المشروع"));
    }

    @Test
    void normalisesMultiTermQueryText() {
        RemactoArabicAnalyzer analyzer = new RemactoArabicAnalyzer();
        assertThat(analyzer.normalize("text", "ٱلمدرسة").utf8ToString()).isEqualTo("المدرسه");
        assertThat(analyzer.normalize("text", "Éducation").utf8ToString()).isEqualTo("education");
        assertThat(new RemactoArabicExactAnalyzer().normalize("text", "مسئول")).isEqualTo(new BytesRef("مسول"));
    }

    @Test
    void analyserIsReusableAcrossManyTexts() {
        for (int i = 0; i < 3; i++) {
            assertThat(Tokens.full("تهيئة الحي وبناء ملعب للشباب")).containsExactly("ته", "حي", "بناء", "ملعب", "شاب");
        }
    }
}
