package ma.remacto.portal.pages.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.portal.pages.PageNumber;

import org.junit.jupiter.api.Test;

class OpenFirstTest {

    /** A service holding the given numbers of consultations per status, paging them as the service does. */
    static final class FakeService implements OpenFirst.Source {

        final Map<String, Integer> counts;
        final List<String> calls = new ArrayList<>();

        FakeService(Map<String, Integer> counts) {
            this.counts = counts;
        }

        @Override
        public OpenFirst.Slice page(String status, int page, int size) {
            calls.add(status + ":" + page);
            int total = counts.getOrDefault(status, 0);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = page * size; i < Math.min(total, (page + 1) * size); i++) {
                items.add(Map.of("id", status + i));
            }
            return new OpenFirst.Slice(items, total);
        }
    }

    static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }

    static Map<String, Integer> counts(int open, int scheduled, int closed, int summary) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("OPEN", open);
        counts.put("SCHEDULED", scheduled);
        counts.put("CLOSED", closed);
        counts.put("SUMMARY_PUBLISHED", summary);
        return counts;
    }

    @Test
    void openConsultationsComeFirstThenScheduledThenClosedThenSummarised() {
        FakeService service = new FakeService(counts(2, 1, 2, 1));
        assertThat(ids(OpenFirst.page(service, 0, 10)))
                .containsExactly("OPEN0", "OPEN1", "SCHEDULED0", "CLOSED0", "CLOSED1", "SUMMARY_PUBLISHED0");
    }

    @Test
    void aPageStraddlingGroupsStartsInsideTheRightOne() {
        // 3 open, 4 scheduled, 5 closed; pages of 3: [O0 O1 O2] [S0 S1 S2] [S3 C0 C1] [C2 C3 C4]
        FakeService service = new FakeService(counts(3, 4, 5, 0));
        assertThat(ids(OpenFirst.page(service, 2, 3))).containsExactly("SCHEDULED3", "CLOSED0", "CLOSED1");
        assertThat(ids(OpenFirst.page(service, 3, 3))).containsExactly("CLOSED2", "CLOSED3", "CLOSED4");
        assertThat(OpenFirst.page(service, 4, 3)).isEmpty();
    }

    @Test
    void anOffsetInsideAServicePageReadsTheNextServicePageToo() {
        // 1 open, 7 closed; pages of 4: [O0 C0 C1 C2] [C3 C4 C5 C6]: the second starts at the 4th closed one.
        FakeService service = new FakeService(counts(1, 0, 7, 0));
        assertThat(ids(OpenFirst.page(service, 1, 4))).containsExactly("CLOSED3", "CLOSED4", "CLOSED5", "CLOSED6");
        assertThat(service.calls).containsExactly("OPEN:1", "SCHEDULED:0", "CLOSED:0", "CLOSED:1");
    }

    @Test
    void aFullPageAsksNoFurtherGroup() {
        FakeService service = new FakeService(counts(10, 3, 3, 3));
        assertThat(OpenFirst.page(service, 0, 10)).hasSize(10);
        assertThat(service.calls).containsExactly("OPEN:0");
    }

    @Test
    void pageNumbersThatAreNotOneReadAsTheFirstPage() {
        assertThat(PageNumber.of(null)).isZero();
        assertThat(PageNumber.of("abc")).isZero();
        assertThat(PageNumber.of("-1")).isZero();
        assertThat(PageNumber.of("1.5")).isZero();
        assertThat(PageNumber.of("99999999999")).isEqualTo(PageNumber.MAX);
        assertThat(PageNumber.of("3")).isEqualTo(3);
        assertThat(PageNumber.of("999999")).isEqualTo(PageNumber.MAX);
        assertThat(PageNumber.count(0, 10)).isZero();
        assertThat(PageNumber.count(21, 10)).isEqualTo(3);
    }
}
