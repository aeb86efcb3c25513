package ma.remacto.projects.domain;

import static ma.remacto.projects.domain.ActivityStatus.CANCELLED;
import static ma.remacto.projects.domain.ActivityStatus.DONE;
import static ma.remacto.projects.domain.ActivityStatus.IN_PROGRESS;
import static ma.remacto.projects.domain.ActivityStatus.PLANNED;
import static ma.remacto.projects.domain.Fixtures.activity;
import static ma.remacto.projects.domain.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a project's activities stood at a past instant, read back from its recorded progress reports. */
class ProjectTimelineTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate END = LocalDate.of(2025, 12, 31);
    static final Instant CREATED = Instant.parse("2024-01-10T10:00:00Z");
    static final Instant T1 = Instant.parse("2024-05-15T10:00:00Z");
    static final Instant T2 = Instant.parse("2024-08-01T10:00:00Z");
    static final Instant T3 = Instant.parse("2024-11-20T10:00:00Z");
    static final Instant T4 = Instant.parse("2025-02-03T10:00:00Z");

    /** As it is now: a done, b cancelled at 50 %, c moved without a recorded report (an old record). */
    static final OpennessProject NOW = Fixtures.project("p", 1,
            Fixtures.card("axis-1", "A1", new LocalizedText("مشروع", null), "1000", List.of()), CREATED,
            List.of(activity("a", "أ", START, END, 50, DONE, 100), activity("b", "ب", START, END, 30, CANCELLED, 50),
                    activity("c", "ج", START, END, 20, IN_PROGRESS, 10)));

    static final ProjectTimeline TIMELINE = new ProjectTimeline(List.of(
            record("a", T3, IN_PROGRESS, 40, DONE, 100),
            record("b", T2, PLANNED, 0, IN_PROGRESS, 50),
            record("a", T1, PLANNED, 0, IN_PROGRESS, 40),
            record("b", T4, IN_PROGRESS, 50, CANCELLED, 50),
            record("other-activity", T1, PLANNED, 0, DONE, 100)), null);

    /** The project's progress computed here from weights and progress, cancelled activities left out. */
    static BigDecimal expected(int[] weights, int[] progress, boolean[] cancelled) {
        int sumWeights = 0;
        int done = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!cancelled[i]) {
                sumWeights += weights[i];
                done += weights[i] * progress[i];
            }
        }
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(sumWeights), 2, RoundingMode.HALF_UP);
    }

    static List<ProgressMark> marks(OpennessProject project) {
        return project.activities().stream().map(ProgressMark::of).toList();
    }

    @Test
    void beforeAnyReportEveryActivityIsWhereItsFirstReportStartedFrom() {
        OpennessProject then = TIMELINE.asOf(NOW, T1);
        assertThat(marks(then)).containsExactly(new ProgressMark(PLANNED, 0), new ProgressMark(PLANNED, 0),
                new ProgressMark(IN_PROGRESS, 10));
        int[] w = {50, 30, 20};
        assertThat(then.progress()).isEqualByComparingTo(expected(w, new int[] {0, 0, 10}, new boolean[3]));
    }

    @Test
    void eachActivityHasItsLastMarkRecordedBeforeTheInstant() {
        int[] w = {50, 30, 20};
        OpennessProject q2 = TIMELINE.asOf(NOW, T1.plusSeconds(1));
        assertThat(marks(q2).get(0)).isEqualTo(new ProgressMark(IN_PROGRESS, 40));
        assertThat(q2.progress()).isEqualByComparingTo(expected(w, new int[] {40, 0, 10}, new boolean[3]));

        OpennessProject q3 = TIMELINE.asOf(NOW, T2.plusSeconds(60));
        assertThat(q3.progress()).isEqualByComparingTo(expected(w, new int[] {40, 50, 10}, new boolean[3]));

        OpennessProject q4 = TIMELINE.asOf(NOW, T3.plusSeconds(60));
        assertThat(marks(q4).get(0)).isEqualTo(new ProgressMark(DONE, 100));
        assertThat(q4.progress()).isEqualByComparingTo(expected(w, new int[] {100, 50, 10}, new boolean[3]));

        OpennessProject later = TIMELINE.asOf(NOW, T4.plusSeconds(60));
        assertThat(marks(later)).isEqualTo(marks(NOW));
        assertThat(later.progress()).isEqualByComparingTo(NOW.progress())
                .isEqualByComparingTo(expected(w, new int[] {100, 50, 10}, new boolean[] {false, true, false}));
    }

    @Test
    void theReconstructedProjectIsAViewNotAChange() {
        OpennessProject then = TIMELINE.asOf(NOW, T2);
        assertThat(then.version()).isEqualTo(NOW.version());
        assertThat(then.card()).isEqualTo(NOW.card());
        assertThat(then.activities()).extracting(Activity::weight).containsExactlyElementsOf(
                NOW.activities().stream().map(Activity::weight).toList());
    }

    @Test
    void aProjectBelongsToThePlanFromItsFormulationUntilItsWithdrawal() {
        ProjectTimeline withdrawn = new ProjectTimeline(List.of(), T4);
        assertThat(withdrawn.inPlanBefore(NOW, CREATED)).isFalse();
        assertThat(withdrawn.inPlanBefore(NOW, CREATED.plusMillis(1))).isTrue();
        assertThat(withdrawn.inPlanBefore(NOW, T4)).isTrue();
        assertThat(withdrawn.inPlanBefore(NOW, T4.plusMillis(1))).isFalse();
        assertThat(ProjectTimeline.EMPTY.inPlanBefore(NOW, T4.plusSeconds(3600))).isTrue();
    }

    @Test
    void marksAreWrittenAndReadInOneSpelling() {
        ProgressMark mark = new ProgressMark(IN_PROGRESS, 40);
        assertThat(mark.text()).isEqualTo("IN_PROGRESS 40%");
        assertThat(ProgressMark.parse(mark.text())).contains(mark);
        assertThat(ProgressMark.parse("DONE 100%")).contains(new ProgressMark(DONE, 100));
        assertThat(ProgressMark.parse("SOMETHING 5%")).isEmpty();
        assertThat(ProgressMark.parse("DONE")).isEmpty();
        assertThat(ProgressMark.parse(3)).isEmpty();
        assertThat(ProgressMark.parse(null)).isEmpty();
    }
}
