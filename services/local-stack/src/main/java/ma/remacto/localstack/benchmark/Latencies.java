package ma.remacto.localstack.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured durations in microseconds, and their percentiles (nearest rank). */
public final class Latencies {

    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

    public void add(long microseconds) {
        micros.add(microseconds);
    }

    public int count() {
        return micros.size();
    }

    /** The p-th percentile in milliseconds, p in (0, 1]. */
    public double percentileMs(double p) {
        return percentile(sorted(), p) / 1000.0;
    }

    public double meanMs() {
        return sorted().stream().mapToLong(Long::longValue).average().orElse(0) / 1000.0;
    }

    public static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }

    public static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    private List<Long> sorted() {
        List<Long> copy;
        synchronized (micros) {
            copy = new ArrayList<>(micros);
        }
        Collections.sort(copy);
        return copy;
    }
}
