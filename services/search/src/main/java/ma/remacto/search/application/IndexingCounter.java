package ma.remacto.search.application;

import io.micrometer.core.instrument.MeterRegistry;

/** {@code remacto.search.indexed}: documents written, or skipped because the index held that version or a newer one. */
final class IndexingCounter {

    private IndexingCounter() {
    }

    static void count(MeterRegistry registry, String path, String outcome, long amount) {
        if (amount > 0) {
            registry.counter("remacto.search.indexed", "path", path, "outcome", outcome).increment(amount);
        }
    }
}
