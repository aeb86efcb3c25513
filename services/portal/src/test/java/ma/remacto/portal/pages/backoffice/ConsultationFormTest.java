package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ConsultationFormTest {

    private static Map<String, Map<String, Object>> projects() {
        Map<String, Map<String, Object>> projects = new LinkedHashMap<>();
        projects.put("p-63", Map.of("id", "p-63", "card", Map.of("axisCode", "A1",
                "title", Map.of("ar", "تجويد آليات التواصل", "fr", "Amélioration des mécanismes de communication"))));
        projects.put("p-64", Map.of("id", "p-64", "card", Map.of("axisCode", "A2",
                "title", Map.of("ar", "اعداد دليل ترويجي لابراز مؤهلات جماعة العرائش"))));
        projects.put("p-65", Map.of("id", "p-65", "card", Map.of("axisCode", "A4",
                "title", Map.of("ar", "الصيانة و المحافظة على المناطق الخضراء"))));
        return projects;
    }

    private static MultiValueMap<String, String> posted() {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        posted.add("title.ar", "التشاور العمومي حول مسودة برنامج عمل الانفتاح");
        posted.add("planId", "plan-1");
        posted.add("programme", "2024-2025");
        posted.add("projects", "p-65");
        posted.add("projects", "p-63");
        posted.add("projects", "p-63");
        posted.add("projects", "not-a-project");
        posted.add("items", "إحداث شباك للمعلومة | Création d'un guichet d'information\n\n  الميزانية التشاركية |  \n");
        posted.add("opensAt", "2026-06-01T09:00");
        posted.add("closesAt", "2026-06-30T18:00");
        return posted;
    }

    @Test
    void itemsAreTheTickedProjectsInThePlansOrderThenTheTypedLinesEachWithAShortCode() {
        List<Map<String, Object>> items = ConsultationForm.from(posted()).items(projects());
        assertThat(items).extracting(i -> i.get("id")).containsExactly("P1", "P2", "B1", "B2");
        assertThat(items.get(0)).containsEntry("projectId", "p-63").containsEntry("axisCode", "A1");
        assertThat(items.get(0).get("title")).isEqualTo(Map.of("ar", "تجويد آليات التواصل",
                "fr", "Amélioration des mécanismes de communication"));
        assertThat(items.get(1)).containsEntry("projectId", "p-65");
        assertThat(items.get(2).get("title")).isEqualTo(Map.of("ar", "إحداث شباك للمعلومة",
                "fr", "Création d'un guichet d'information"));
        assertThat(((Map<?, ?>) items.get(3).get("title")).get("fr")).isNull();
        assertThat(items.get(3)).doesNotContainKey("projectId");
    }

    @Test
    void theWindowIsMoroccosTimeSentAsInstants() {
        Map<String, Object> body = ConsultationForm.from(posted()).toRequest("larache", projects(), false);
        assertThat(body).containsEntry("opensAt", "2026-06-01T08:00:00Z").containsEntry("closesAt", "2026-06-30T17:00:00Z")
                .containsEntry("planId", "plan-1").containsEntry("description", null)
                .doesNotContainKey("recordedContributions");
        assertThat(ConsultationForm.from(posted()).problems(false)).isEmpty();
    }

    @Test
    void aPastConsultationCarriesItsCountAndWhatIsNotATimeIsRefusedHere() {
        MultiValueMap<String, String> posted = posted();
        posted.set("recordedContributions", " 8 ");
        assertThat(ConsultationForm.from(posted).toRequest("larache", projects(), true))
                .containsEntry("recordedContributions", 8);
        posted.set("recordedContributions", "huit");
        posted.set("closesAt", "fin juin");
        ConsultationForm form = ConsultationForm.from(posted);
        assertThat(form.problems(true)).containsOnlyKeys("recordedContributions", "closesAt");
        assertThat(form.problems(false)).containsOnlyKeys("closesAt");
        assertThat(form.closesAt()).isEqualTo("fin juin");
        assertThat(form.ticked("p-63")).isTrue();
        assertThat(form.ticked("p-64")).isFalse();
    }
}
