package ma.remacto.benchmarks.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import ma.remacto.localstack.benchmark.BenchmarkOptions;
import ma.remacto.localstack.benchmark.GatewayClient;

/**
 * The open data benchmark of issue 6, against a running stack whose ideation holds the rows: waits until the
 * network-wide ideas dataset has them all (carried by events), then downloads it through the gateway as CSV, gzipped
 * CSV and JSON, and reports for each the throughput (bytes / wall time, body read and discarded) and the open data
 * service's heap growth: the highest heap in use during the export (its Prometheus {@code jvm_memory_used_bytes},
 * sampled every 100 ms) minus the heap in use after a full GC just before ({@code jcmd <pid> GC.run}).
 * Goals (issue 6): >= 50 MB/s, < 64 MB heap growth.
 *
 * <p>Usage: {@code ExportBenchmark --rows N --pid <opendata pid> [--dataset ideas-network]}.
 */
public final class ExportBenchmark {

    private final BenchmarkOptions options;
    private final GatewayClient gateway;
    private final URI service;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> report = new ArrayList<>();

    ExportBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.gateway = new GatewayClient(URI.create(options.text("gateway", "http://localhost:8080")));
        this.service = URI.create(options.text("service", "http://localhost:8087"));
    }

    public static void main(String[] args) throws Exception {
        new ExportBenchmark(BenchmarkOptions.parse(args)).run();
    }

    void run() throws Exception {
        long rows = options.integer("rows", 1_000_000);
        String dataset = options.text("dataset", "ideas-network");
        line("# Open data export benchmark");
        line("");
        line("Run " + Instant.now() + " against " + gateway.base() + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, whole stack and this client on one machine. Service JVM options `"
                + System.getenv().getOrDefault("REMACTO_SERVICE_JVM_OPTS", "(launcher default)") + "`; MongoDB-wire "
                + "store `" + System.getenv().getOrDefault("REMACTO_MONGO_STORE", "h2") + "`.");
        line("");
        Instant waitStart = Instant.now();
        long held = 0;
        while (held < rows) {
            held = gateway.get("/api/datasets/" + dataset).path("rows").asLong();
            if (Duration.between(waitStart, Instant.now()).toMinutes() > options.integer("wait-minutes", 90)) {
                throw new IllegalStateException(dataset + " holds " + held + " rows, expected " + rows);
            }
            if (held < rows) {
                System.out.printf("%s: %,d rows of %,d%n", dataset, held, rows);
                Thread.sleep(5000);
            }
        }
        line(String.format(Locale.ROOT, "Dataset `%s`: %,d rows, all carried from ideation's events %d s after the "
                + "load finished.", dataset, held, Duration.between(waitStart, Instant.now()).toSeconds()));
        line("");
        line("| download | bytes | rows | seconds | MB/s | heap after GC (MB) | peak heap during (MB) | growth (MB) |");
        line("|---|---|---|---|---|---|---|---|");
        export(dataset, "rows.csv", false);
        export(dataset, "rows.csv", true);
        export(dataset, "rows.json", false);
        line("");
        line("MB = 10^6 bytes. Goals (issue 6): >= 50 MB/s and < 64 MB heap growth through the gateway.");
        Path out = Path.of(options.text("report", "benchmarks/opendata-export/REPORT.md"));
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println("Report written to " + out);
    }

    void export(String dataset, String file, boolean gzip) throws Exception {
        fullGc();
        long baseline = heapUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (running.get()) {
                try {
                    peak.accumulateAndGet(heapUsed(), Math::max);
                    Thread.sleep(100);
                } catch (Exception e) {
                    return;
                }
            }
        });
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.base().resolve("/api/datasets/" + dataset + "/"
                + file)).timeout(Duration.ofMinutes(30));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long newlines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = response.body()) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        if (response.statusCode() != 200) {
            throw new IllegalStateException(file + " answered " + response.statusCode());
        }
        String rows = gzip ? "(compressed)" : String.format(Locale.ROOT, "%,d lines", newlines);
        line(String.format(Locale.ROOT, "| %s%s | %,d | %s | %.1f | %.1f | %.0f | %.0f | %.0f |", file,
                gzip ? " (gzip)" : "", bytes, rows, seconds, bytes / 1e6 / seconds, baseline / 1e6, peak.get() / 1e6,
                (peak.get() - baseline) / 1e6));
    }

    /** A full GC of the open data service, so the baseline is what it holds, not garbage. */
    void fullGc() throws IOException, InterruptedException {
        String pid = options.text("pid", "");
        if (pid.isEmpty()) {
            return;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), pid, "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gc.waitFor(60, TimeUnit.SECONDS);
        Thread.sleep(500);
    }

    /** Heap in use (every heap pool summed), from the service's own Prometheus endpoint. */
    long heapUsed() throws IOException, InterruptedException {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        double sum = 0;
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (long) sum;
    }

    void line(String text) {
        report.add(text);
        System.out.println(text);
    }
}
