package ma.remacto.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The seeds' meetings, calendars and consultations must pass the consultations service's rules, or loading stops. */
class DemoConsultationsTest {

    @Test
    void theEightTerritorialConsultationsOfTheRegionAddUpTo527Participants() throws Exception {
        JsonNode meetings = DemoConsultations.read(DemoConsultations.MEETINGS);
        long total = 0;
        int territorial = 0;
        for (JsonNode meeting : meetings) {
            assertThat(meeting.get("member").asString()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(meeting.get("title").get("ar").asString()).isNotBlank();
            LocalDate.parse(meeting.get("date").asString());
            if (meeting.get("kind").asString().equals("TERRITORIAL_CONSULTATION")) {
                territorial++;
                total += meeting.get("participants").get("total").asLong();
                assertThat(meeting.get("member").asString()).isEqualTo("tanger-tetouan-al-hoceima");
            }
        }
        assertThat(territorial).isEqualTo(8);
        assertThat(total).as("003:538 gives the total").isEqualTo(527);
    }

    @Test
    void calendarStagesAreDistinctInOrderAndNotReversed() throws Exception {
        List<String> order = List.of("INFORMATION_MEETING", "TRAINING", "AXES_CHOICE", "IDEA_COLLECTION",
                "DRAFT_CONSULTATION", "ADOPTION");
        for (JsonNode calendar : DemoConsultations.read(DemoConsultations.CALENDARS)) {
            assertThat(calendar.get("programme").asString()).matches("\\d{4}-\\d{4}");
            Set<String> seen = new HashSet<>();
            for (JsonNode stage : calendar.get("stages")) {
                assertThat(order).contains(stage.get("stage").asString());
                assertThat(seen.add(stage.get("stage").asString())).isTrue();
                for (String kind : List.of("planned", "actual")) {
                    LocalDate start = LocalDate.parse(stage.get(kind + "Start").asString());
                    LocalDate end = LocalDate.parse(stage.get(kind + "End").asString());
                    assertThat(end).isAfterOrEqualTo(start);
                    assertThat(end).isBeforeOrEqualTo(LocalDate.now());
                }
            }
        }
    }

    @Test
    void pastConsultationsHaveAPastWindowAndDistinctItems() throws Exception {
        JsonNode consultations = DemoConsultations.read(DemoConsultations.CONSULTATIONS);
        assertThat(consultations.size()).isEqualTo(2);
        for (JsonNode consultation : consultations) {
            Instant opens = Instant.parse(consultation.get("opensAt").asString());
            Instant closes = Instant.parse(consultation.get("closesAt").asString());
            assertThat(opens).isBefore(closes);
            assertThat(closes).isBefore(Instant.now());
            Set<String> ids = new HashSet<>();
            for (JsonNode item : consultation.get("items")) {
                assertThat(ids.add(item.get("id").asString())).isTrue();
                assertThat(item.get("axisCode").asString()).matches("[A-Z0-9]{1,16}");
                assertThat(item.get("title").get("ar").asString().length()).isBetween(1, 300);
            }
        }
        JsonNode beniMellal = consultations.get(0);
        assertThat(beniMellal.get("member").asString()).isEqualTo("beni-mellal");
        assertThat(beniMellal.get("recordedContributions").asInt()).as("004:326 counts eight").isEqualTo(8);
    }
}
