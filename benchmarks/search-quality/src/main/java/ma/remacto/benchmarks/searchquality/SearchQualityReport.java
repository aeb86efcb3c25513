package ma.remacto.benchmarks.searchquality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.util.Version;

import ma.remacto.analysis.arabic.RemactoArabicAnalyzer;

/**
 * Search-quality benchmark of the REMACTO Arabic analysis: indexes the demo ideas twice in memory (our
 * {@link RemactoArabicAnalyzer} and Lucene's stock {@link ArabicAnalyzer}), runs the judged queries of queries.tsv
 * with the same query construction on both ({@link IdeaIndex}), computes recall@10, nDCG@10, MRR and the queries
 * without any relevant idea in the top 10 ({@link Metrics}), writes REPORT.md and prints the summary.
 *
 * <p>Arguments (all optional): {@code --dir <benchmarks/search-quality>} (queries.tsv, NOTES.md, REPORT.md) and
 * {@code --demo <services/ideation/src/main/resources/demo>}; the defaults are the system properties
 * {@code search-quality.dir} / {@code demo.dir}, else found from the working directory.
 */
public final class SearchQualityReport {

    static final int K = 10;
    static final String OURS = "RemactoArabicAnalyzer";
    static final String STOCK = "Lucene ArabicAnalyzer";

    /** One analyzer's answer to one query. */
    public record Run(List<String> ranked, long totalHits, List<String> tokens, double recall, double ndcg, double rr,
            boolean hit) {

        List<String> top() {
            return ranked.stream().limit(K).toList();
        }

        int rankOf(String id) {
            int i = ranked.indexOf(id);
            return i < 0 ? -1 : i + 1;
        }
    }

    /** How ours compares with stock on one query, over nDCG@10, recall@10 and RR. */
    public enum Outcome {
        BETTER, WORSE, MIXED, SAME
    }

    public record QueryResult(JudgedQuery query, Run ours, Run stock) {

        double deltaNdcg() {
            return ours.ndcg() - stock.ndcg();
        }

        public Outcome outcome() {
            int better = 0;
            int worse = 0;
            double[][] pairs = {{ours.ndcg(), stock.ndcg()}, {ours.recall(), stock.recall()}, {ours.rr(), stock.rr()}};
            for (double[] pair : pairs) {
                better += pair[0] > pair[1] + EPS ? 1 : 0;
                worse += pair[0] < pair[1] - EPS ? 1 : 0;
            }
            return better > 0 && worse > 0 ? Outcome.MIXED : better > 0 ? Outcome.BETTER : worse > 0 ? Outcome.WORSE : Outcome.SAME;
        }

        /** Worse on at least one measure (strictly worse or mixed). */
        boolean oursLoses() {
            return outcome() == Outcome.WORSE || outcome() == Outcome.MIXED;
        }

        boolean oursWins() {
            return outcome() == Outcome.BETTER;
        }
    }

    public record Summary(int queries, double recall, double ndcg, double mrr, int zeroRelevantInTop) {
    }

    static final double EPS = 1e-9;

    private SearchQualityReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        Path demo = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--demo" -> demo = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i] + " (use --dir, --demo)");
            }
        }
        dir = dir != null ? dir : defaultDir();
        demo = demo != null ? demo : defaultDemo(dir);
        List<Idea> ideas = IdeaCorpus.load(demo.resolve("idea-batches.json"));
        List<JudgedQuery> queries = JudgedQuery.load(dir.resolve("queries.tsv"));
        checkJudgements(ideas, queries);
        List<QueryResult> results = evaluate(ideas, queries);
        Path notes = dir.resolve("NOTES.md");
        String report = report(ideas, queries, results, Files.exists(notes) ? Files.readString(notes) : null);
        Files.writeString(dir.resolve("REPORT.md"), report, StandardCharsets.UTF_8);
        System.out.println(console(results));
        System.out.println("Report: " + dir.resolve("REPORT.md").toAbsolutePath().normalize());
    }

    static Path defaultDir() {
        String property = System.getProperty("search-quality.dir");
        if (property != null) {
            return Path.of(property);
        }
        for (Path candidate : List.of(Path.of("."), Path.of("benchmarks/search-quality"))) {
            if (Files.exists(candidate.resolve("queries.tsv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("queries.tsv not found: run from benchmarks/search-quality or pass --dir");
    }

    static Path defaultDemo(Path dir) {
        String property = System.getProperty("demo.dir");
        return property != null ? Path.of(property)
                : dir.resolve("../../services/ideation/src/main/resources/demo").normalize();
    }

    /** Fails when a judgement names an idea that is not in the demo data, or a query id is repeated. */
    public static void checkJudgements(List<Idea> ideas, List<JudgedQuery> queries) {
        Set<String> ids = ideas.stream().map(Idea::id).collect(Collectors.toSet());
        Set<String> queryIds = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (JudgedQuery query : queries) {
            if (!queryIds.add(query.id())) {
                problems.add("duplicate query id " + query.id());
            }
            for (String judged : query.grades().keySet()) {
                if (!ids.contains(judged)) {
                    problems.add(query.id() + ": unknown idea " + judged);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Bad judgements: " + problems);
        }
    }

    static Analyzer oursAnalyzer() {
        return new RemactoArabicAnalyzer();
    }

    static Analyzer stockAnalyzer() {
        return new ArabicAnalyzer();
    }

    public static List<QueryResult> evaluate(List<Idea> ideas, List<JudgedQuery> queries) throws IOException {
        try (IdeaIndex ours = new IdeaIndex(OURS, oursAnalyzer(), ideas);
                IdeaIndex stock = new IdeaIndex(STOCK, stockAnalyzer(), ideas)) {
            List<QueryResult> results = new ArrayList<>();
            for (JudgedQuery query : queries) {
                results.add(new QueryResult(query, run(ours, query), run(stock, query)));
            }
            return results;
        }
    }

    static Run run(IdeaIndex index, JudgedQuery query) {
        IdeaIndex.Hits hits = index.search(query.text());
        List<String> ranked = hits.ranked();
        return new Run(ranked, hits.totalHits(), index.tokens(query.text()), Metrics.recallAt(K, ranked, query.grades()),
                Metrics.ndcgAt(K, ranked, query.grades()), Metrics.reciprocalRank(ranked, query.grades()),
                Metrics.hitAt(K, ranked, query.grades()));
    }

    public static Summary summary(List<QueryResult> results, boolean ours) {
        int n = results.size();
        double recall = 0;
        double ndcg = 0;
        double rr = 0;
        int zero = 0;
        for (QueryResult result : results) {
            Run run = ours ? result.ours() : result.stock();
            recall += run.recall();
            ndcg += run.ndcg();
            rr += run.rr();
            zero += run.hit() ? 0 : 1;
        }
        return n == 0 ? new Summary(0, 0, 0, 0, 0) : new Summary(n, recall / n, ndcg / n, rr / n, zero);
    }

    /** Changes when any query's top 10 changes under either analyzer (NOTES.md names the run it was written for). */
    static String fingerprint(List<QueryResult> results) {
        StringBuilder all = new StringBuilder();
        for (QueryResult result : results) {
            all.append(result.query().id()).append('|').append(new java.util.TreeMap<>(result.query().grades())).append('|')
                    .append(result.ours().top()).append('|').append(result.stock().top()).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- console

    static String console(List<QueryResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("Search quality over the demo ideas: ").append(results.size()).append(" judged queries (")
                .append(results.stream().filter(r -> !r.query().french()).count()).append(" Arabic, ")
                .append(results.stream().filter(r -> r.query().french()).count()).append(" French)\n");
        out.append(String.format(Locale.ROOT, "%-24s %10s %10s %8s %22s%n", "analyzer", "recall@10", "nDCG@10", "MRR",
                "no relevant in top 10"));
        for (boolean ours : new boolean[] {true, false}) {
            Summary s = summary(results, ours);
            out.append(String.format(Locale.ROOT, "%-24s %10.3f %10.3f %8.3f %22d%n", ours ? OURS : STOCK, s.recall(),
                    s.ndcg(), s.mrr(), s.zeroRelevantInTop()));
        }
        out.append(outcomes(results)).append('\n');
        out.append(String.format(Locale.ROOT, "paired randomization p: recall@10 %.3f, nDCG@10 %.3f, RR %.3f%n",
                pValue(results, Run::recall), pValue(results, Run::ndcg), pValue(results, Run::rr)));
        for (QueryResult loss : results.stream().filter(QueryResult::oursLoses).toList()) {
            out.append(String.format(Locale.ROOT, "  %-5s %s %s  nDCG %.3f vs %.3f, recall %.2f vs %.2f, RR %.3f vs %.3f%n",
                    loss.outcome() == Outcome.MIXED ? "mixed" : "worse", loss.query().id(), loss.query().text(),
                    loss.ours().ndcg(), loss.stock().ndcg(), loss.ours().recall(), loss.stock().recall(), loss.ours().rr(),
                    loss.stock().rr()));
        }
        out.append("fingerprint ").append(fingerprint(results));
        return out.toString();
    }

    static final int PERMUTATIONS = 100_000;

    static double pValue(List<QueryResult> results, java.util.function.ToDoubleFunction<Run> measure) {
        double[] ours = results.stream().mapToDouble(r -> measure.applyAsDouble(r.ours())).toArray();
        double[] stock = results.stream().mapToDouble(r -> measure.applyAsDouble(r.stock())).toArray();
        return Metrics.pairedRandomizationP(ours, stock, PERMUTATIONS, 20250101L);
    }

    static long count(List<QueryResult> results, Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    static String outcomes(List<QueryResult> results) {
        return "ours better on " + count(results, Outcome.BETTER) + " queries, worse on " + count(results, Outcome.WORSE)
                + ", mixed (better on one measure, worse on another) on " + count(results, Outcome.MIXED) + ", the same on "
                + count(results, Outcome.SAME);
    }

    // ---------------------------------------------------------------- REPORT.md

    static String report(List<Idea> ideas, List<JudgedQuery> queries, List<QueryResult> results, String notes) {
        Map<String, Idea> byId = new LinkedHashMap<>();
        ideas.forEach(idea -> byId.put(idea.id(), idea));
        StringBuilder md = new StringBuilder();
        long arabic = results.stream().filter(r -> !r.query().french()).count();
        long french = results.size() - arabic;
        long judgements = queries.stream().mapToLong(q -> q.grades().size()).sum();
        long highly = queries.stream().flatMap(q -> q.grades().values().stream()).filter(g -> g == 2).count();
        Map<String, Long> perMember = ideas.stream().collect(Collectors.groupingBy(Idea::member, LinkedHashMap::new,
                Collectors.counting()));

        md.append("# Search quality: RemactoArabicAnalyzer vs Lucene's ArabicAnalyzer\n\n");
        md.append("Generated by `ma.remacto.benchmarks.searchquality.SearchQualityReport` (`benchmarks/search-quality/run.sh`); "
                + "do not edit by hand (hand-written notes go to `NOTES.md`, which is included below). Lucene ")
                .append(Version.LATEST).append(", fingerprint of this run `").append(fingerprint(results)).append("`.\n\n");

        md.append("## Method\n\n");
        md.append("- **Data**: the ").append(ideas.size()).append(" demo ideas of "
                + "`services/ideation/src/main/resources/demo/idea-batches.json` (")
                .append(perMember.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")))
                .append("), real citizens' ideas from the seeds, OCR damage included. Each idea is one document with the "
                        + "fields `problem`, `proposedSolution` and `category`, id `member:number`.\n");
        md.append("- **Two in-memory indexes** (`ByteBuffersDirectory`), identical except for the analyzer, used for "
                + "indexing and for the query text alike:\n"
                + "  - **ours**: `ma.remacto.analysis.arabic.RemactoArabicAnalyzer` (standard tokenizer, lowercase, French "
                + "elision, ASCII folding, digits, REMACTO Arabic normalisation, stop words, proclitic splitting, broken "
                + "plurals, light10 suffix stemming, French light stemming of Latin tokens);\n"
                + "  - **stock**: `org.apache.lucene.analysis.ar.ArabicAnalyzer` with its defaults (standard tokenizer, "
                + "lowercase, digits, Arabic stop words, `ArabicNormalizationFilter`, `ArabicStemFilter` light10).\n");
        md.append("- **Same query for both**: for each field the query text is analysed by the index's analyzer with "
                + "Lucene's `QueryBuilder.createBooleanQuery(field, text, SHOULD)` (what Elasticsearch's `match` query does): "
                + "one SHOULD `TermQuery` per token. The three field queries are wrapped in `BoostQuery` (`problem` ×2, "
                + "`proposedSolution` ×1, `category` ×1) and combined as SHOULD clauses of one `BooleanQuery`, i.e. a "
                + "`multi_match` of type `most_fields` with `operator: or`. Scoring: BM25 (k1 = 1.2, b = 0.75) for both. "
                + "Ties are broken by file order. Every matching idea is ranked (no minimum score).\n");
        md.append("- **Queries**: `queries.tsv`, ").append(results.size()).append(" queries (").append(arabic)
                .append(" Arabic, ").append(french).append(" French) of 1–3 words, written the way citizens type: alef/hamza "
                        + "variants, ة/ه, ى/ي, with and without article and prefixes, broken and sound plurals vs singulars, "
                        + "diacritics, tatweel, Persian ی/ک, near-synonyms and misspellings. ")
                .append(judgements).append(" judgements (").append(highly).append(" graded 2 = highly relevant, ")
                .append(judgements - highly).append(" graded 1 = relevant; unlisted = 0), made by reading each idea's "
                        + "problem, solution and category; the judging rules are at the top of `queries.tsv`; after the first run the "
                        + "ideas retrieved in the top 10 by either analyzer and not yet judged were judged too (pooling, "
                        + "listed at the end of `queries.tsv`).\n");
        md.append("- **Metrics** (per query, then the mean over queries): **recall@10** = relevant ideas in the top 10 / "
                + "min(10, relevant ideas) (the usual recall when a query has at most 10 relevant ideas); **nDCG@10** with gain 2^grade − 1 and discount log2(rank + 1), normalised by the ideal "
                + "ranking of the judged ideas; **MRR** = mean of 1 / rank of the first relevant idea in the whole result "
                + "list (0 if none matches); **no relevant in top 10** = number of queries whose top 10 holds no relevant "
                + "idea. For each query ours is *better* (at least one of nDCG@10, recall@10, RR higher, none lower), "
                + "*worse* (the reverse), *mixed* (one higher, another lower) or *the same*.\n\n");

        md.append("## Overall\n\n");
        md.append("| queries | analyzer | recall@10 | nDCG@10 | MRR | no relevant in top 10 |\n|---|---|---|---|---|---|\n");
        appendOverall(md, "all (" + results.size() + ")", results);
        appendOverall(md, "Arabic (" + arabic + ")", results.stream().filter(r -> !r.query().french()).toList());
        appendOverall(md, "French (" + french + ")", results.stream().filter(r -> r.query().french()).toList());
        md.append("\nOn ").append(results.size()).append(" queries: ").append(outcomes(results))
                .append(" (over nDCG@10, recall@10 and RR).\n\n");
        md.append(String.format(Locale.ROOT, "Paired randomization test over all queries (two-sided, %d sign flips, fixed "
                + "seed): p = %.3f for recall@10, %.3f for nDCG@10, %.3f for RR. The differences come from the few queries "
                + "where the analyzers disagree, so read them with that sample size in mind.%n%n", PERMUTATIONS,
                pValue(results, Run::recall), pValue(results, Run::ndcg), pValue(results, Run::rr)));

        md.append("### By variation\n\n");
        md.append("A query can carry several tags; `plain` queries are spelled as in the ideas (controls).\n\n");
        md.append("| tag | queries | nDCG@10 ours | nDCG@10 stock | recall@10 ours | recall@10 stock | ours better | ours worse | mixed |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<QueryResult>> byTag = new LinkedHashMap<>();
        for (QueryResult result : results) {
            for (String tag : result.query().tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(result);
            }
        }
        byTag.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Summary o = summary(e.getValue(), true);
            Summary s = summary(e.getValue(), false);
            md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %d | %d | %d |%n", e.getKey(),
                    e.getValue().size(), o.ndcg(), s.ndcg(), o.recall(), s.recall(), count(e.getValue(), Outcome.BETTER),
                    count(e.getValue(), Outcome.WORSE), count(e.getValue(), Outcome.MIXED)));
        });

        md.append("\n## Per query\n\n");
        md.append("▲ ours better, ▼ ours worse, ◆ mixed (better on one of nDCG@10, recall@10, RR and worse on another). Tokens are the query as each analyzer "
                + "analyses it; `hits` is the number of ideas that match at all.\n\n");
        md.append("| | id | query | tags | rel. | recall@10 ours / stock | nDCG@10 ours / stock | Δ nDCG | RR ours / stock "
                + "| hits ours / stock | tokens ours | tokens stock |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (QueryResult r : results) {
            String mark = switch (r.outcome()) {
                case BETTER -> "▲";
                case WORSE -> "▼";
                case MIXED -> "◆";
                case SAME -> "";
            };
            double delta = r.deltaNdcg();
            String deltaText = Math.abs(delta) < 0.0005 ? "0" : String.format(Locale.ROOT, "**%+.3f**", delta);
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %s | %s | %s | %s | %d / %d | %s | %s |%n",
                    mark, r.query().id(), cell(r.query().text()), String.join(", ", r.query().tags()),
                    r.query().grades().size(), pair(r.ours().recall(), r.stock().recall(), "%.2f"),
                    pair(r.ours().ndcg(), r.stock().ndcg(), "%.3f"), deltaText, pair(r.ours().rr(), r.stock().rr(), "%.3f"),
                    r.ours().totalHits(), r.stock().totalHits(), tokens(r.ours().tokens()), tokens(r.stock().tokens())));
        }

        List<QueryResult> worse = results.stream().filter(QueryResult::oursLoses).toList();
        md.append("\n## Where ours is worse (▼ worse, ◆ mixed)\n\n");
        if (worse.isEmpty()) {
            md.append("None: on every query ours is at least as good as the stock analyzer on all three measures.\n");
        } else {
            md.append("For each query: the tokens, then every idea of either top 10 (and every relevant idea ranked "
                    + "differently), in ours' order, with its grade, its rank under each analyzer and the query terms it "
                    + "matched (`field:token`) under each.\n\n");
            for (QueryResult r : worse) {
                appendDiff(md, r, byId, ideas);
            }
        }

        List<QueryResult> better = results.stream().filter(QueryResult::oursWins)
                .sorted(Comparator.comparingDouble(QueryResult::deltaNdcg).reversed()).toList();
        md.append("\n## Where ours is better (largest nDCG@10 gains first)\n\n");
        md.append("| id | query | tokens ours | tokens stock | nDCG@10 ours / stock | relevant ideas found only by ours (top 10) |\n"
                + "|---|---|---|---|---|---|\n");
        for (QueryResult r : better) {
            List<String> onlyOurs = r.ours().top().stream()
                    .filter(id -> r.query().grades().getOrDefault(id, 0) > 0 && !r.stock().top().contains(id)).toList();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", r.query().id(), cell(r.query().text()),
                    tokens(r.ours().tokens()), tokens(r.stock().tokens()), pair(r.ours().ndcg(), r.stock().ndcg(), "%.3f"),
                    onlyOurs.isEmpty() ? "(better ranking)" : String.join(", ", onlyOurs)));
        }
        md.append("\nThe five largest gains in detail:\n\n");
        better.stream().limit(5).forEach(r -> appendDiff(md, r, byId, ideas));

        List<QueryResult> bothFail = results.stream().filter(r -> !r.ours().hit() && !r.stock().hit()).toList();
        md.append("\n## No relevant idea in the top 10 for either analyzer\n\n");
        if (bothFail.isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| id | query | tags | relevant ideas | tokens ours | tokens stock | note |\n|---|---|---|---|---|---|---|\n");
            for (QueryResult r : bothFail) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", r.query().id(),
                        cell(r.query().text()), String.join(", ", r.query().tags()),
                        String.join(", ", r.query().grades().keySet().stream().sorted().toList()), tokens(r.ours().tokens()),
                        tokens(r.stock().tokens()), cell(r.query().note())));
            }
        }

        md.append("\n## Notes (hand-written)\n\n");
        if (notes == null) {
            md.append("(no NOTES.md)\n");
        } else {
            String fingerprint = fingerprint(results);
            if (!notes.contains(fingerprint)) {
                md.append("> **Warning**: NOTES.md was written for another run (its fingerprint is not `").append(fingerprint)
                        .append("`); the figures above have changed since, check the notes against them.\n\n");
            }
            md.append(notes.replaceAll("(?s)<!--.*?-->\\s*", "").strip()).append('\n');
        }
        return md.toString();
    }

    private static void appendOverall(StringBuilder md, String label, List<QueryResult> results) {
        if (results.isEmpty()) {
            return;
        }
        Summary o = summary(results, true);
        Summary s = summary(results, false);
        md.append(String.format(Locale.ROOT, "| %s | ours | **%.3f** | **%.3f** | **%.3f** | %d |%n", label, o.recall(),
                o.ndcg(), o.mrr(), o.zeroRelevantInTop()));
        md.append(String.format(Locale.ROOT, "| | stock | %.3f | %.3f | %.3f | %d |%n", s.recall(), s.ndcg(), s.mrr(),
                s.zeroRelevantInTop()));
        md.append(String.format(Locale.ROOT, "| | Δ | %+.3f | %+.3f | %+.3f | %+d |%n", o.recall() - s.recall(),
                o.ndcg() - s.ndcg(), o.mrr() - s.mrr(), o.zeroRelevantInTop() - s.zeroRelevantInTop()));
    }

    private static void appendDiff(StringBuilder md, QueryResult r, Map<String, Idea> byId, List<Idea> ideas) {
        JudgedQuery q = r.query();
        md.append(String.format(Locale.ROOT, "### %s `%s` (%s)%n%n", q.id(), q.text(), String.join(", ", q.tags())));
        md.append(String.format(Locale.ROOT, "nDCG@10 %.3f vs %.3f, recall@10 %.2f vs %.2f, RR %.3f vs %.3f. "
                + "Tokens: ours %s, stock %s.%s%n%n", r.ours().ndcg(), r.stock().ndcg(), r.ours().recall(), r.stock().recall(),
                r.ours().rr(), r.stock().rr(), tokens(r.ours().tokens()), tokens(r.stock().tokens()),
                q.note().isEmpty() ? "" : " Judging note: " + q.note() + "."));
        md.append("| idea | grade | rank ours | rank stock | matched ours | matched stock | problem |\n|---|---|---|---|---|---|---|\n");
        Set<String> shown = new LinkedHashSet<>();
        r.ours().top().forEach(shown::add);
        r.stock().top().forEach(shown::add);
        q.grades().keySet().stream().filter(id -> r.ours().rankOf(id) != r.stock().rankOf(id)).forEach(shown::add);
        List<String> ordered = new ArrayList<>(shown);
        ordered.sort(Comparator.comparingInt((String id) -> sortRank(r.ours().rankOf(id)))
                .thenComparingInt(id -> sortRank(r.stock().rankOf(id))));
        shown = new LinkedHashSet<>(ordered);
        try (IdeaIndex ours = new IdeaIndex(OURS, oursAnalyzer(), ideas); IdeaIndex stock = new IdeaIndex(STOCK, stockAnalyzer(), ideas)) {
            for (String id : shown) {
                Idea idea = byId.get(id);
                String problem = idea == null ? "" : idea.problem();
                if (problem.length() > 70) {
                    problem = problem.substring(0, 70) + "…";
                }
                md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", id, q.grades().getOrDefault(id, 0),
                        rank(r.ours().rankOf(id)), rank(r.stock().rankOf(id)), terms(ours.matchedTerms(id, q.text())),
                        terms(stock.matchedTerms(id, q.text())), cell(problem)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        md.append('\n');
    }

    private static int sortRank(int rank) {
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }

    private static String rank(int rank) {
        return rank < 0 ? "–" : String.valueOf(rank);
    }

    private static String terms(Set<String> terms) {
        return terms.isEmpty() ? "–" : terms.stream().map(t -> "`" + t + "`").collect(Collectors.joining(" "));
    }

    private static String tokens(List<String> tokens) {
        return tokens.isEmpty() ? "(none)" : tokens.stream().map(t -> "`" + t + "`").collect(Collectors.joining(" "));
    }

    private static String pair(double ours, double stock, String format) {
        return String.format(Locale.ROOT, format + " / " + format, ours, stock);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
