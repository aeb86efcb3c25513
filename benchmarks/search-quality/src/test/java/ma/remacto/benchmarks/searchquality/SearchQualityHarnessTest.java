package ma.remacto.benchmarks.searchquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;

/** Checks the harness itself: the metrics on hand-computed examples, the query file and the judged ids. */
class SearchQualityHarnessTest {

    static final Path DIR = Path.of(System.getProperty("search-quality.dir", "."));
    static final Path DEMO = Path.of(System.getProperty("demo.dir", "../../services/ideation/src/main/resources/demo"));

    // Judgements: a = 2, b = 1, c = 1 (3 relevant); x, y not relevant.
    static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 1);
    static final double LOG2_3 = Math.log(3) / Math.log(2);
    // Ideal ranking a, b, c: (2^2-1)/log2(2) + 1/log2(3) + 1/log2(4) = 3 + 0.63093 + 0.5
    static final double IDCG = 3 + 1 / LOG2_3 + 0.5;

    @Test
    void recallAt10() {
        assertThat(Metrics.recallAt(10, List.of("a", "x", "b"), GRADES)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Metrics.recallAt(10, List.of("x", "y"), GRADES)).isZero();
        assertThat(Metrics.recallAt(10, List.of("c", "b", "a"), GRADES)).isEqualTo(1.0);
        // only the top 10 counts: c at rank 11 is not found
        List<String> eleven = List.of("a", "b", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "c");
        assertThat(Metrics.recallAt(10, eleven, GRADES)).isCloseTo(2.0 / 3, within(1e-12));
        // more than 10 relevant ideas: divided by 10, so a top 10 made only of relevant ideas scores 1
        Map<String, Integer> twelve = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            twelve.put("r" + i, 1);
        }
        List<String> allRelevant = List.of("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10");
        assertThat(Metrics.recallAt(10, allRelevant, twelve)).isEqualTo(1.0);
        assertThat(Metrics.recallAt(10, List.of("r0", "x", "r1"), twelve)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void ndcgAt10() {
        // a (2) at rank 1, x (0) at rank 2, b (1) at rank 3: DCG = 3/1 + 0 + 1/log2(4) = 3.5
        assertThat(Metrics.ndcgAt(10, List.of("a", "x", "b"), GRADES)).isCloseTo(3.5 / IDCG, within(1e-12));
        assertThat(3.5 / IDCG).isCloseTo(0.8472669, within(1e-6));
        // the ideal ranking scores 1
        assertThat(Metrics.ndcgAt(10, List.of("a", "b", "c", "x"), GRADES)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.ndcgAt(10, List.of("a", "c", "b"), GRADES)).isCloseTo(1.0, within(1e-12));
        // b (1) at rank 1, a (2) at rank 2: (1 + 3/log2(3)) / IDCG
        assertThat(Metrics.ndcgAt(10, List.of("b", "a"), GRADES)).isCloseTo((1 + 3 / LOG2_3) / IDCG, within(1e-12));
        assertThat((1 + 3 / LOG2_3) / IDCG).isCloseTo(0.7002756, within(1e-6));
        assertThat(Metrics.ndcgAt(10, List.of("x", "y"), GRADES)).isZero();
        assertThat(Metrics.ndcgAt(10, List.of(), GRADES)).isZero();
        // a relevant idea at rank 11 does not count
        List<String> late = List.of("x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "a");
        assertThat(Metrics.ndcgAt(10, late, GRADES)).isZero();
    }

    @Test
    void reciprocalRankAndMrr() {
        assertThat(Metrics.reciprocalRank(List.of("a", "x"), GRADES)).isEqualTo(1.0);
        assertThat(Metrics.reciprocalRank(List.of("x", "y", "c"), GRADES)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Metrics.reciprocalRank(List.of("x", "y"), GRADES)).isZero();
        // beyond the top 10 still counts for RR (whole result list)
        List<String> late = List.of("x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "b");
        assertThat(Metrics.reciprocalRank(late, GRADES)).isCloseTo(1.0 / 12, within(1e-12));
        assertThat(Metrics.hitAt(10, late, GRADES)).isFalse();
        assertThat(Metrics.hitAt(10, List.of("x", "b"), GRADES)).isTrue();
    }

    @Test
    void pairedRandomizationTest() {
        // identical samples: every flip is as extreme as the observed 0
        assertThat(Metrics.pairedRandomizationP(new double[] {1, 0, 1}, new double[] {1, 0, 1}, 1000, 1)).isEqualTo(1.0);
        // 10 queries all better by 1: only the 2 all-same-sign flips of 2^10 are as extreme, p ≈ 2/1024
        double[] ones = new double[10];
        java.util.Arrays.fill(ones, 1);
        assertThat(Metrics.pairedRandomizationP(ones, new double[10], 200_000, 7)).isCloseTo(2.0 / 1024, within(0.0005));
    }

    @Test
    void summaryAveragesOverQueries() {
        JudgedQuery q1 = new JudgedQuery("t1", "t1", List.of("plain"), GRADES, "");
        JudgedQuery q2 = new JudgedQuery("t2", "t2", List.of("plain"), Map.of("z", 2), "");
        SearchQualityReport.Run hit = run(List.of("a", "x", "b"), GRADES);
        SearchQualityReport.Run miss = run(List.of("x", "y"), Map.of("z", 2));
        List<SearchQualityReport.QueryResult> results = List.of(new SearchQualityReport.QueryResult(q1, hit, hit),
                new SearchQualityReport.QueryResult(q2, miss, hit));
        SearchQualityReport.Summary ours = SearchQualityReport.summary(results, true);
        assertThat(ours.queries()).isEqualTo(2);
        assertThat(ours.recall()).isCloseTo((2.0 / 3 + 0) / 2, within(1e-12));
        assertThat(ours.ndcg()).isCloseTo((3.5 / IDCG + 0) / 2, within(1e-12));
        assertThat(ours.mrr()).isCloseTo(0.5, within(1e-12));
        assertThat(ours.zeroRelevantInTop()).isEqualTo(1);
        assertThat(results.get(1).oursLoses()).isTrue();
        assertThat(results.get(0).oursLoses()).isFalse();
        assertThat(results.get(0).oursWins()).isFalse();
    }

    private static SearchQualityReport.Run run(List<String> ranked, Map<String, Integer> grades) {
        return new SearchQualityReport.Run(ranked, ranked.size(), List.of(), Metrics.recallAt(10, ranked, grades),
                Metrics.ndcgAt(10, ranked, grades), Metrics.reciprocalRank(ranked, grades), Metrics.hitAt(10, ranked, grades));
    }

    @Test
    void parsesQueryLines() {
        List<JudgedQuery> parsed = JudgedQuery.parse(List.of("# comment", "", "q1\tطرق\tplural-broken\tlarache:669=2 beni-ansar:3=1\tnote"));
        assertThat(parsed).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("طرق");
            assertThat(q.grades()).containsEntry("larache:669", 2).containsEntry("beni-ansar:3", 1).hasSize(2);
            assertThat(q.note()).isEqualTo("note");
        });
        assertThatThrownBy(() -> JudgedQuery.parse(List.of("q1\tx\tplain\tlarache:669=3")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyJudgedIdeaExistsInTheDemoData() throws Exception {
        List<Idea> ideas = IdeaCorpus.load(DEMO.resolve("idea-batches.json"));
        assertThat(ideas).hasSize(111);
        Set<String> ids = ideas.stream().map(Idea::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(111).contains("larache:647", "beni-ansar:12");

        List<JudgedQuery> queries = JudgedQuery.load(DIR.resolve("queries.tsv"));
        assertThat(queries.stream().filter(q -> !q.french()).count()).isGreaterThanOrEqualTo(40);
        assertThat(queries.stream().filter(JudgedQuery::french).count()).isGreaterThanOrEqualTo(5);
        assertThat(queries).allSatisfy(q -> {
            assertThat(q.grades()).as(q.id()).isNotEmpty();
            assertThat(ids).as(q.id()).containsAll(q.grades().keySet());
            assertThat(q.text().split("\\s+")).as(q.id()).hasSizeBetween(1, 3);
        });
        assertThat(queries.stream().map(JudgedQuery::id).distinct().count()).isEqualTo(queries.size());
        SearchQualityReport.checkJudgements(ideas, queries); // does not throw

        List<JudgedQuery> bad = List.of(new JudgedQuery("bad", "x", List.of(), Map.of("larache:661", 2), ""));
        assertThatThrownBy(() -> SearchQualityReport.checkJudgements(ideas, bad))
                .hasMessageContaining("larache:661"); // left out of the demo data (illegible OCR)
    }

    @Test
    void bothIndexesAnswerAndTheSameQueryConstructionIsUsed() throws Exception {
        List<Idea> ideas = IdeaCorpus.load(DEMO.resolve("idea-batches.json"));
        try (IdeaIndex stock = new IdeaIndex("stock", new ArabicAnalyzer(), ideas)) {
            // a query spelled as in the idea: both the analyzer and the index find it first
            assertThat(stock.search("الكلاب الضالة").ranked()).first().isEqualTo("larache:647");
            assertThat(stock.query("الكلاب الضالة").toString())
                    .contains("problem:").contains("proposedSolution:").contains("category:").contains("^2.0");
            assertThat(stock.query("في")).isNull(); // only a stop word: no query, no hits
            assertThat(stock.search("في").ranked()).isEmpty();
        }
        List<SearchQualityReport.QueryResult> results = SearchQualityReport.evaluate(ideas,
                List.of(new JudgedQuery("t", "الكلاب الضالة", List.of("plain"), Map.of("larache:647", 2), "")));
        assertThat(results.get(0).ours().ndcg()).isEqualTo(1.0);
        assertThat(results.get(0).stock().ndcg()).isEqualTo(1.0);
    }
}
