package ma.remacto.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemArgumentTest {

    private final ProblemResponses responses = new ProblemResponses(new ProblemMessages(List.of(
            "classpath:problems/platform", "classpath:problems/argument-test")));

    private final ProblemException problem = new ProblemException(HttpStatus.CONFLICT, "window",
            ProblemArgument.text("التشاور حول المسودة", "Consultation sur le projet"),
            ProblemArgument.dateTime(Instant.parse("2026-05-12T08:30:00Z"), ZoneId.of("Africa/Casablanca")),
            ProblemArgument.date(LocalDate.of(2026, 7, 1)))
            .with("currentStatus", "SCHEDULED").with("status", 200).with("code", "overwritten?");

    @Test
    void eachLanguageReadsItsOwnWordsTitlesAndDatesWithTheFactsAsExtensionMembers() {
        ProblemDetail french = responses.build(problem, "fr", "/x");

        assertThat(french.getDetail()).isEqualTo(
                "La fenêtre de Consultation sur le projet ouvre le 12 mai 2026 à 09:30 ; le lot date du 1 juillet 2026.");
        assertThat(french.getProperties()).containsEntry("currentStatus", "SCHEDULED").containsEntry("code", "window");
        assertThat(french.getStatus()).as("a standard member is never replaced").isEqualTo(409);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> both = (Map<String, Map<String, String>>) french.getProperties().get("messages");
        assertThat(both.get("ar").get("detail")).isEqualTo(
                "نافذة التشاور حول المسودة تفتح يوم 12 ماي 2026، 09:30؛ الدفعة مؤرخة في 1 يوليوز 2026.");
    }

    @Test
    void aWordComesFromTheBundlesAndAnEmptyFrenchSideReadsTheArabicOne() {
        ProblemMessages messages = new ProblemMessages(List.of("classpath:problems/argument-test"));
        assertThat(ProblemArgument.word("word.SCHEDULED").in(ProblemMessages.FRENCH, messages)).isEqualTo("programmée");
        assertThat(ProblemArgument.text("مبرمجة", " ").in(ProblemMessages.FRENCH, messages)).isEqualTo("مبرمجة");
        assertThat(ProblemArgument.word("word.since", ProblemArgument.date(LocalDate.of(2026, 1, 2)))
                .in(ProblemMessages.FRENCH, messages)).as("a word's own arguments").isEqualTo("close depuis le 2 janvier 2026");
        assertThat(messages.text("window.detail", List.of(ProblemArgument.word("word.SCHEDULED"), "x", "y"),
                ProblemMessages.ARABIC)).startsWith("نافذة مبرمجة");
    }
}
