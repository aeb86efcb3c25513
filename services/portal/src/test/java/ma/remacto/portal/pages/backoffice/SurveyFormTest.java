package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SurveyFormTest {

    static MultiValueMap<String, String> posted(String... pairs) {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            posted.add(pairs[i], pairs[i + 1]);
        }
        return posted;
    }

    static final MultiValueMap<String, String> TYPED = posted("title.ar", "رضا المرتفقين", "title.fr", "",
            "service.ar", "مكتب الحالة المدنية", "service.fr", "État civil",
            "questions[0].text.ar", "ما مدى رضاك؟", "questions[0].text.fr", "", "questions[0].kind", "SCALE",
            "questions[0].choices", "",
            "questions[1].text.ar", "", "questions[1].text.fr", "", "questions[1].kind", "SCALE",
            "questions[1].choices", "",
            "questions[2].text.ar", "مدة الانتظار", "questions[2].text.fr", "Attente", "questions[2].kind", "CHOICE",
            "questions[2].choices", "قصيرة | Courte\n\n  طويلة  \n");

    @Test
    @SuppressWarnings("unchecked")
    void emptyRowsAreNotSentAndChoicesAreReadOnePerLine() {
        Map<String, Object> body = SurveyForm.from(TYPED).toRequest("larache");
        assertThat(body).containsEntry("member", "larache");
        assertThat((Map<String, Object>) body.get("title")).containsEntry("ar", "رضا المرتفقين").containsEntry("fr", null);
        List<Map<String, Object>> questions = (List<Map<String, Object>>) body.get("questions");
        assertThat(questions).hasSize(2);
        assertThat(questions.get(0)).containsEntry("kind", "SCALE").containsEntry("choices", null);
        assertThat(questions.get(1)).containsEntry("kind", "CHOICE");
        List<Map<String, Object>> choices = (List<Map<String, Object>>) questions.get(1).get("choices");
        assertThat(choices).extracting(c -> c.get("ar")).containsExactly("قصيرة", "طويلة");
        assertThat(choices).extracting(c -> c.get("fr")).containsExactly("Courte", null);
        assertThat(SurveyForm.from(TYPED).toRequest(null)).doesNotContainKey("member");
    }

    @Test
    void theServicesFieldsLandOnTheRowsTheyCameFrom() {
        SurveyForm form = SurveyForm.from(TYPED);
        // The second question sent is the third row: the empty second row was left out.
        assertThat(form.onRows(Map.of("questions[1].choices", "deux choix", "title.ar", "vide")))
                .containsEntry("questions[2].choices", "deux choix").containsEntry("title.ar", "vide").hasSize(2);
        assertThat(form.onRows(Map.of("questions[0].text.ar", "vide"))).containsOnlyKeys("questions[0].text.ar");
        assertThat(form.onRows(Map.of("questions", "une question au moins"))).containsOnlyKeys("questions");
    }

    @Test
    void addingAQuestionKeepsWhatWasTypedUpToTheLimit() {
        SurveyForm form = SurveyForm.from(TYPED).withRow();
        assertThat(form.rows()).hasSize(4);
        assertThat(form.rows().get(2).choices()).startsWith("قصيرة | Courte");
        assertThat(form.rows().get(3).blank()).isTrue();
        SurveyForm full = SurveyForm.blank();
        while (!full.full()) {
            full = full.withRow();
        }
        assertThat(full.withRow().rows()).hasSize(SurveyForm.MAX_ROWS);
        assertThat(SurveyForm.blank().rows()).hasSize(SurveyForm.BLANK_ROWS);
        assertThat(SurveyForm.from(posted("questions[0].kind", "OTHER")).rows().get(0).kind())
                .as("an unknown kind reads as SCALE").isEqualTo("SCALE");
    }

    @Test
    void aDraftFillsTheFormAsItWouldBeTyped() {
        Map<String, Object> survey = Map.of("title", Map.of("ar", "رضا"), "service", Map.of("ar", "مكتب", "fr", "Bureau"),
                "questions", List.of(Map.of("id", "q1", "text", Map.of("ar", "مدة الانتظار"), "kind", "CHOICE",
                        "choices", List.of(Map.of("ar", "قصيرة", "fr", "Courte"), Map.of("ar", "طويلة")))));
        SurveyForm form = SurveyForm.of(survey);
        assertThat(form.titleFr()).isEmpty();
        assertThat(form.serviceFr()).isEqualTo("Bureau");
        assertThat(form.rows()).containsExactly(new SurveyForm.Row("مدة الانتظار", "", "CHOICE", "قصيرة | Courte\nطويلة"));
    }
}
