package ma.remacto.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MyPetitionsTest {

    static Map<String, Object> petition(String status, String kind, Map<String, Object> signatures) {
        return Map.of("status", status, "petitioner", Map.of("kind", kind), "signatures", signatures,
                "committee", "لجنة المرافق", "sessionDate", "2026-05-04",
                "deadlines", List.of(Map.of("kind", "INADMISSIBILITY_NOTICE", "due", "2026-06-01")));
    }

    @Test
    void whatComesNextFollowsTheLifeOfAPetition() {
        Map<String, Object> none = Map.of();
        assertThat(MyPetitions.next(petition("DRAFT", "CITIZENS", none)))
                .isEqualTo(new MyPetitions.Next("my-petitions.next.DRAFT.CITIZENS", null));
        assertThat(MyPetitions.next(petition("DRAFT", "ASSOCIATION", none)).key())
                .isEqualTo("my-petitions.next.DRAFT.ASSOCIATION");
        assertThat(MyPetitions.next(petition("COLLECTING_SIGNATURES", "CITIZENS",
                Map.of("count", 140, "required", 200, "thresholdReached", false))))
                .isEqualTo(new MyPetitions.Next("my-petitions.next.COLLECTING_SIGNATURES.missing", 60L));
        assertThat(MyPetitions.next(petition("COLLECTING_SIGNATURES", "CITIZENS",
                Map.of("count", 320, "required", 300, "thresholdReached", false))).key())
                .as("a region's province short of its share").endsWith(".provinces");
        assertThat(MyPetitions.next(petition("COLLECTING_SIGNATURES", "CITIZENS",
                Map.of("count", 300, "required", 300, "thresholdReached", true))).key()).endsWith(".reached");
        assertThat(MyPetitions.next(petition("FILED", "CITIZENS", none)))
                .isEqualTo(new MyPetitions.Next("my-petitions.next.FILED", "2026-06-01"));
        assertThat(MyPetitions.next(petition("IN_COMMITTEE", "CITIZENS", none)).argument()).isEqualTo("لجنة المرافق");
        assertThat(MyPetitions.next(petition("ON_SESSION_AGENDA", "CITIZENS", none)).argument()).isEqualTo("2026-05-04");
        assertThat(MyPetitions.next(petition("AGENT_NOTIFIED", "CITIZENS", none)))
                .isEqualTo(new MyPetitions.Next("my-petitions.next.AGENT_NOTIFIED", null));
    }
}
