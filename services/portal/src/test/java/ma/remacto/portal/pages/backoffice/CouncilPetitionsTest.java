package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class CouncilPetitionsTest {

    static Map<String, Object> petition(String id, String status, String filedOn, boolean overdue) {
        Map<String, Object> petition = new HashMap<>();
        petition.put("id", id);
        petition.put("status", status);
        petition.put("filedOn", filedOn);
        petition.put("deadlines", List.of(Map.of("kind", "INADMISSIBILITY_NOTICE", "overdue", false),
                Map.of("kind", "SESSION_DECISION", "overdue", overdue)));
        return petition;
    }

    @Test
    void overdueComeFirstThenThoseWaitingForTheCouncilThenTheRestNewestFiledFirstAndNeverThoseStillCollecting() {
        List<Map<String, Object>> handled = CouncilPetitions.handled(List.of(
                petition("done-old", "AGENT_NOTIFIED", "2025-01-10", false),
                petition("collecting", "COLLECTING_SIGNATURES", null, false),
                petition("filed-new", "FILED", "2026-03-01", false),
                petition("past-undated", "DECIDED", null, false),
                petition("late", "ON_SESSION_AGENDA", "2025-06-01", true),
                petition("done-new", "AGENT_NOTIFIED", "2026-02-01", false),
                petition("filed-old", "FILED", "2025-12-01", false)));
        assertThat(handled).extracting(p -> p.get("id")).containsExactly("late", "filed-new", "filed-old",
                "past-undated", "done-new", "done-old");
    }

    @Test
    void onlyTheStepsTheLawAllowsFromEachStatusAreOffered() {
        assertThat(CouncilPetitions.next(petition("a", "FILED", null, false))).containsExactly("ADMISSIBLE", "INADMISSIBLE");
        assertThat(CouncilPetitions.next(petition("a", "ADMISSIBLE", null, false))).containsExactly("IN_COMMITTEE");
        assertThat(CouncilPetitions.next(petition("a", "IN_COMMITTEE", null, false))).containsExactly("ON_SESSION_AGENDA");
        assertThat(CouncilPetitions.next(petition("a", "ON_SESSION_AGENDA", null, false))).containsExactly("DECIDED");
        assertThat(CouncilPetitions.next(petition("a", "DECIDED", null, false))).containsExactly("AGENT_NOTIFIED");
        assertThat(CouncilPetitions.next(petition("a", "INADMISSIBLE", null, false))).containsExactly("AGENT_NOTIFIED");
        assertThat(CouncilPetitions.next(petition("a", "AGENT_NOTIFIED", null, false))).isEmpty();
        assertThat(CouncilPetitions.next(petition("a", "COLLECTING_SIGNATURES", null, false))).isEmpty();
        assertThat(CouncilPetitions.waiting(petition("a", "AGENT_NOTIFIED", null, true))).isFalse();
    }

    @Test
    void aStatusFromALinkFiltersOnlyWhenTheCouncilHandlesIt() {
        assertThat(CouncilPetitions.handles("FILED")).isTrue();
        assertThat(CouncilPetitions.handles(null)).as("no filter in the link").isFalse();
        assertThat(CouncilPetitions.handles("DRAFT")).isFalse();
        assertThat(CouncilPetitions.handles("filed")).isFalse();
    }

    @Test
    void aStepSendsOnlyItsOwnFieldsAndItsRefusalsAreNamedForItsForm() {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        posted.add("to", "ON_SESSION_AGENDA");
        posted.add("date", "2026-03-02");
        posted.add("session.ar", "الدورة العادية لشهر ماي");
        posted.add("session.fr", " ");
        posted.add("sessionDate", "2026-05-04");
        posted.add("committee", "left over from another form");
        PetitionStepForm form = PetitionStepForm.from(posted);
        Map<String, Object> body = form.toRequest();
        assertThat(body).containsOnlyKeys("to", "date", "session", "sessionDate")
                .containsEntry("date", "2026-03-02").containsEntry("sessionDate", "2026-05-04");
        assertThat((Map<String, Object>) body.get("session")).containsEntry("ar", "الدورة العادية لشهر ماي")
                .containsEntry("fr", null);
        assertThat(form.scoped(Map.of("sessionDate", "before"))).containsOnlyKeys("ON_SESSION_AGENDA.sessionDate");

        posted.set("to", "INADMISSIBLE");
        posted.set("date", "02/03/2026");
        PetitionStepForm typedBadly = PetitionStepForm.from(posted);
        assertThat(typedBadly.problems()).containsOnlyKeys("date");
        assertThat(typedBadly.toRequest()).containsOnlyKeys("to", "date", "reasons").containsEntry("reasons", "");
    }

    @Test
    void aPastPetitionSendsEveryFieldWithBlankOnesLeftOutAndRequestsOnePerLine() {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        posted.add("associationName", "جمعية حركة الشباب الأخضر");
        posted.add("title.ar", "حماية غابة لا إيسيكا");
        posted.add("subject", "التعجيل بحماية وإنقاذ وتشجير غابة لا إيسيكا بمدينة العرائش");
        posted.add("requests", "تشجير الغابة\n\n  حمايتها من الرمي العشوائي ");
        posted.add("session.ar", "دورة أكتوبر 2023");
        posted.add("sessionDate", "2023-10-02");
        posted.add("filedOn", "not a date");
        posted.add("status", "DECIDED");
        PastPetitionForm form = PastPetitionForm.from(posted);
        assertThat(form.problems()).containsOnlyKeys("filedOn");
        Map<String, Object> body = form.toRequest("tanger-tetouan-al-hoceima");
        assertThat(body).containsEntry("member", "tanger-tetouan-al-hoceima").containsEntry("status", "DECIDED")
                .containsEntry("requests", List.of("تشجير الغابة", "حمايتها من الرمي العشوائي"))
                .containsEntry("remarks", null).containsEntry("filedOn", null).containsEntry("sessionDate", "2023-10-02");
        assertThat((Map<String, Object>) body.get("title")).containsEntry("fr", null);
        assertThat((Map<String, Object>) body.get("session")).containsEntry("ar", "دورة أكتوبر 2023");
        assertThat(PastPetitionForm.blank().toRequest("larache")).containsEntry("session", null);
    }
}
