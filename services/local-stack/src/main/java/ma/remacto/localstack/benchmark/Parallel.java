package ma.remacto.localstack.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs {@code count} indexed tasks on a fixed number of threads and waits for all; the first failure is thrown. */
public final class Parallel {

    public interface IndexedTask {
        void run(int index) throws Exception;
    }

    private Parallel() {
    }

    public static void run(int count, int threads, IndexedTask task) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    task.run(index);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
    }
}
