package ma.remacto.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpellingCandidatesTest {

    @Test
    void aCandidateDifferingOnlyByLongVowelsWinsOverAMoreFrequentOne() {
        assertThat(SpellingCandidates.best("المشرع", List.of("الموقع", "المشاريع", "الشارع"))).contains("المشاريع");
        assertThat(SpellingCandidates.best("المشرع", List.of("الموقع", "المشروع"))).contains("المشروع");
        assertThat(SpellingCandidates.best("الانارت", List.of("الانارة", "الاثارة"))).contains("الانارة");
    }

    @Test
    void otherwiseTheSuggestersOrderIsKept() {
        assertThat(SpellingCandidates.best("الشبب", List.of("الشباب", "الشعب"))).contains("الشباب");
        assertThat(SpellingCandidates.best("المواطنبن", List.of("المواطنين", "المواطنون"))).contains("المواطنين");
        assertThat(SpellingCandidates.best("xyz", List.of())).isEmpty();
    }

    @Test
    void theSkeletonDropsTheArticleLongVowelsHamzaSeatsAndDiacritics() {
        assertThat(SpellingCandidates.skeleton("المشاريع")).isEqualTo("مشرع");
        assertThat(SpellingCandidates.skeleton("مَشْرُوع")).isEqualTo("مشرع");
        assertThat(SpellingCandidates.skeleton("مسؤولية")).isEqualTo("مسله");
        assertThat(SpellingCandidates.skeleton("الة")).as("too short to carry an article").isEqualTo("له");
    }
}
