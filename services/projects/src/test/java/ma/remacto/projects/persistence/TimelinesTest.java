package ma.remacto.projects.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import ma.remacto.platform.mongo.History;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.security.Role;
import ma.remacto.projects.domain.ActivityStatus;
import ma.remacto.projects.domain.PlanStatus;
import ma.remacto.projects.domain.ProgressMark;
import ma.remacto.projects.domain.ProgressRecord;
import ma.remacto.projects.domain.ProjectTimeline;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** History entries, as the use cases write them, read back as timelines. */
class TimelinesTest {

    static final Actor POC = new Actor("poc-beni-ansar", Set.of(Role.POINT_OF_CONTACT), Set.of("beni-ansar"), false, null);
    static final Instant T1 = Instant.parse("2024-05-15T10:00:00Z");
    static final Instant T2 = Instant.parse("2024-09-01T10:00:00Z");

    @Test
    void progressReportsAndTheWithdrawalAreReadFromAProjectsHistory() {
        ProgressMark planned = new ProgressMark(ActivityStatus.PLANNED, 0);
        ProgressMark started = new ProgressMark(ActivityStatus.IN_PROGRESS, 35);
        List<Document> history = List.of(
                History.entry(T1.minusSeconds(3600), POC, "FORMULATED", null, "plan-1", null, null),
                History.entry(T1, POC, "PROGRESS_RECORDED", planned.text(), started.text(), List.of("activities.a-1"), null),
                History.entry(T1, POC, "INDICATOR_MEASURED", null, "4", List.of("indicators.i-1"), null),
                History.entry(T2, POC, "PROGRESS_RECORDED", "not a mark", "DONE 100%", List.of("activities.a-1"), null),
                History.entry(T2.plusSeconds(60), POC, "WITHDRAWN", null, null, null, "لم يعد ذا أولوية"));
        ProjectTimeline timeline = Timelines.project(history);
        assertThat(timeline.progress()).containsExactly(new ProgressRecord("a-1", T1, planned, started));
        assertThat(timeline.withdrawnAt()).isEqualTo(T2.plusSeconds(60));
    }

    @Test
    void statusChangesAreReadFromAPlansHistory() {
        List<Document> history = List.of(
                History.entry(T1.minusSeconds(60), POC, "DRAFTED", null, "DRAFT", null, null),
                History.entry(T1, POC, "STATUS_CHANGED", "DRAFT", "IN_CONSULTATION", null, null),
                History.entry(T1.plusSeconds(60), POC, "AMENDMENT_OPENED", null, 1, null, "سبب"),
                History.entry(T2, POC, "STATUS_CHANGED", "ADOPTED", "CLOSED", null, null));
        var timeline = Timelines.plan(history);
        assertThat(timeline.statusBefore(T1)).isEqualTo(PlanStatus.DRAFT);
        assertThat(timeline.statusBefore(T1.plusMillis(1))).isEqualTo(PlanStatus.IN_CONSULTATION);
        assertThat(timeline.statusBefore(T2.plusMillis(1))).isEqualTo(PlanStatus.CLOSED);
        assertThat(timeline.closedAt()).contains(T2);
    }
}
