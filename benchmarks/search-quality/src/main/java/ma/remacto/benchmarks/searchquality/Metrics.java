package ma.remacto.benchmarks.searchquality;

import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over a ranked list of idea ids and graded judgements (grade 0 = unlisted).
 * <ul>
 *   <li>recall@k = |relevant ∩ top k| / min(k, |relevant|) (relevant = grade ≥ 1): the usual recall when a query
 *       has at most k relevant ideas, and still 1 for a perfect top k when it has more;</li>
 *   <li>nDCG@k = DCG@k / IDCG@k with DCG@k = Σ_{i=1..k} (2^grade_i − 1) / log2(i + 1), IDCG@k the DCG of the
 *       judgements sorted by grade (the ideal ranking);</li>
 *   <li>reciprocal rank = 1 / rank of the first relevant idea in the whole result list, 0 if none is retrieved
 *       (MRR is its mean over queries);</li>
 *   <li>hit@k = whether at least one relevant idea is in the top k.</li>
 * </ul>
 */
public final class Metrics {

    private Metrics() {
    }

    public static double recallAt(int k, List<String> ranked, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
        return (double) found / Math.min(k, relevant);
    }

    public static double dcgAt(int k, List<Integer> gains) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, gains.size()); i++) {
            dcg += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return dcg;
    }

    public static double ndcgAt(int k, List<String> ranked, Map<String, Integer> grades) {
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double idcg = dcgAt(k, ideal);
        if (idcg == 0) {
            return 0;
        }
        List<Integer> actual = ranked.stream().limit(k).map(id -> grades.getOrDefault(id, 0)).toList();
        return dcgAt(k, actual) / idcg;
    }

    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    public static boolean hitAt(int k, List<String> ranked, Map<String, Integer> grades) {
        return ranked.stream().limit(k).anyMatch(id -> grades.getOrDefault(id, 0) > 0);
    }

    /**
     * Two-sided paired randomization (sign-flip) test of the mean difference a − b: the share of random sign
     * assignments of the per-query differences whose mean is at least as far from 0 as the observed one.
     * Deterministic for a given seed.
     */
    public static double pairedRandomizationP(double[] a, double[] b, int iterations, long seed) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples of different sizes");
        }
        int n = a.length;
        double[] d = new double[n];
        double observed = 0;
        for (int i = 0; i < n; i++) {
            d[i] = a[i] - b[i];
            observed += d[i];
        }
        observed = Math.abs(observed);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int extreme = 0;
        for (int it = 0; it < iterations; it++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += random.nextBoolean() ? d[i] : -d[i];
            }
            if (Math.abs(sum) >= observed - 1e-12) {
                extreme++;
            }
        }
        return (extreme + 1.0) / (iterations + 1.0);
    }
}
