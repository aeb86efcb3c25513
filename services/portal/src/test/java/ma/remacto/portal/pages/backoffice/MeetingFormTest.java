package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MeetingFormTest {

    private static Map<String, String> posted() {
        Map<String, String> posted = new HashMap<>();
        posted.put("kind", "CO_PREPARATION_WORKSHOP");
        posted.put("title.ar", "ورشة الإعداد المشترك لبرنامج عمل الانفتاح");
        posted.put("title.fr", " ");
        posted.put("date", "2023-03-21");
        posted.put("place", "");
        posted.put("programme", "2024-2025");
        posted.put("participants.total", "39");
        posted.put("participants.byGender.FEMALE", "20");
        posted.put("participants.byGender.MALE", "19");
        posted.put("participants.byAgeGroup.UNKNOWN", "");
        posted.put("organisations", "هيئة المساواة وتكافؤ الفرص ومقاربة النوع\n\n  جمعية أمباكت للتنمية  \n");
        posted.put("agenda", "");
        posted.put("minutes", "");
        posted.put("outputs", "أربعة محاور");
        posted.put("version", "3");
        return posted;
    }

    @Test
    void aBreakdownLeftEmptyIsNotSentAndListsAreOnePerLine() {
        Map<String, Object> body = MeetingForm.from(posted()).toRequest("larache");
        assertThat(body).containsEntry("member", "larache").containsEntry("kind", "CO_PREPARATION_WORKSHOP")
                .containsEntry("date", "2023-03-21").containsEntry("place", null).containsEntry("minutes", null)
                .containsEntry("organisations", List.of("هيئة المساواة وتكافؤ الفرص ومقاربة النوع", "جمعية أمباكت للتنمية"))
                .containsEntry("agenda", List.of()).containsEntry("outputs", List.of("أربعة محاور"));
        assertThat(body.get("title")).isEqualTo(new HashMap<>(Map.of("ar", "ورشة الإعداد المشترك لبرنامج عمل الانفتاح")) {
            {
                put("fr", null);
            }
        });
        assertThat(body.get("participants")).isEqualTo(Map.of("total", 39L,
                "byGender", Map.of("FEMALE", 20L, "MALE", 19L)));
    }

    @Test
    void aCountThatIsNotAWholeNumberIsRefusedOnItsOwnInputAndKept() {
        Map<String, String> posted = posted();
        posted.put("participants.byGender.MALE", "dix-neuf");
        posted.put("participants.total", "-3");
        posted.put("date", "21/03/2023");
        MeetingForm form = MeetingForm.from(posted);
        assertThat(form.problems()).containsOnlyKeys("participants.byGender.MALE", "participants.total", "date");
        assertThat(form.count("participants.byGender.MALE")).isEqualTo("dix-neuf");
        assertThat(form.date()).isEqualTo("21/03/2023");
    }

    @Test
    void aRecordedMeetingComesBackOnTheFormAsItWasTyped() {
        Map<String, Object> meeting = Map.of("kind", "TERRITORIAL_CONSULTATION", "title", Map.of("ar", "اللقاء التشاوري"),
                "date", "2023-07-11", "participants", Map.of("total", 39, "byGender", Map.of("FEMALE", 20, "MALE", 19),
                        "byAgeGroup", Map.of()), "agenda", List.of("تقديم المسودة", "النقاش"), "version", 4);
        MeetingForm form = MeetingForm.of(meeting);
        assertThat(form.titleAr()).isEqualTo("اللقاء التشاوري");
        assertThat(form.titleFr()).isEmpty();
        assertThat(form.count("participants.total")).isEqualTo("39");
        assertThat(form.count("participants.byGender.FEMALE")).isEqualTo("20");
        assertThat(form.count("participants.byAgeGroup.UNKNOWN")).isEmpty();
        assertThat(form.agenda()).isEqualTo("تقديم المسودة\nالنقاش");
        assertThat(form.version()).isEqualTo("4");
        assertThat(form.withVersion(5).version()).isEqualTo("5");
        assertThat(MeetingForm.from(Map.of()).toRequest("larache").get("participants"))
                .isEqualTo(new HashMap<>(Map.of()) {
                    {
                        put("total", null);
                    }
                });
    }
}
