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
import java.util.zip.GZIPInputStream;

import ma.remacto.localstack.benchmark.BenchmarkOptions;
import ma.remacto.localstack.benchmark.GatewayClient;

/**
 * The open data benchmark of issue 6, against a running stack whose ideation holds the rows: waits until the
 * network-wide ideas dataset has them all (carried by events), then downloads it through the gateway as CSV, gzipped
 * CSV and JSON, and reports for each the throughput (bytes / wall time, body read and discarded) and the open data
 * service's heap growth, in a second pass that forces a full GC ({@code jcmd <pid> GC.run}) every second: the highest
 * heap in use right after a GC (its Prometheus {@code jvm_memory_used_bytes}) minus the heap after a GC just before
 * the download. The first pass also records the highest heap in use, garbage included.
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
        // The other services' consumers (search indexing, projects' and members' copies) should be idle too, or the
        // downloads are measured on a machine busy with them; after --idle-wait-minutes the harness goes on and says
        // what was still running.
        Instant idleStart = Instant.now();
        java.util.Map<String, Long> lags;
        while (!(lags = stackLags()).isEmpty()
                && Duration.between(idleStart, Instant.now()).toMinutes() < options.integer("idle-wait-minutes", 10)) {
            System.out.printf("waiting for the stack's consumers: %s%n", lags);
            Thread.sleep(5000);
        }
        if (lags.isEmpty()) {
            line(String.format(Locale.ROOT, "Every consumer of the stack idle (lag 0) %d s later; downloads measured "
                    + "then.", Duration.between(idleStart, Instant.now()).toSeconds()));
        } else {
            line(String.format(Locale.ROOT, "After waiting %d s, consumers of other services were still catching up "
                    + "while the downloads were measured (events behind at the start): %s. They share the 2 cores, so "
                    + "the figures below are conservative.", Duration.between(idleStart, Instant.now()).toSeconds(),
                    lags));
        }
        line("");
        line("| download | bytes on the wire | rows | seconds | MB/s on the wire | MB/s of data |");
        line("|---|---|---|---|---|---|");
        List<String> memory = new ArrayList<>();
        for (String[] download : List.of(new String[] {"rows.csv", ""}, new String[] {"rows.csv", "gzip"},
                new String[] {"rows.json", ""})) {
            export(dataset, download[0], !download[1].isEmpty(), false);
        }
        line("");
        line("Heap of the open data service during the same downloads, run again while the harness forces a full GC "
                + "(`jcmd <pid> GC.run`) every " + GC_EVERY.toMillis() + " ms: *retained* is the highest heap in use "
                + "right after a GC minus the heap after the GC before the download (what the export holds); *peak "
                + "in use* is the highest heap in use sampled every 100 ms in the first run, garbage included "
                + "(young generation not yet collected).");
        line("");
        line("| download | heap after GC before (MB) | retained growth (MB) | peak in use, garbage included (MB) |");
        line("|---|---|---|---|");
        for (String[] download : List.of(new String[] {"rows.csv", ""}, new String[] {"rows.csv", "gzip"},
                new String[] {"rows.json", ""})) {
            export(dataset, download[0], !download[1].isEmpty(), true);
        }
        line("");
        line("MB = 10^6 bytes. Goals (issue 6): >= 50 MB/s and < 64 MB heap growth through the gateway.");
        Path out = Path.of(options.text("report", "benchmarks/opendata-export/REPORT.md"));
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println("Report written to " + out);
    }

    private static final Duration GC_EVERY = Duration.ofMillis(1000);
    private static final byte[] JSON_ROW = "{\"id\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final java.util.Map<String, Long> peaks = new java.util.HashMap<>();

    /**
     * One download through the gateway, its body read and discarded (decompressed when gzipped, to count its rows).
     * {@code measureMemory}: the second pass, forcing full GCs to see what the export retains.
     */
    void export(String dataset, String file, boolean gzip, boolean measureMemory) throws Exception {
        String label = file + (gzip ? " (gzip)" : "");
        fullGc();
        long baseline = heapUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicLong retained = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofVirtual().start(() -> {
            long lastGc = System.nanoTime();
            while (running.get()) {
                try {
                    if (measureMemory && System.nanoTime() - lastGc >= GC_EVERY.toNanos()) {
                        fullGc();
                        lastGc = System.nanoTime();
                        retained.accumulateAndGet(heapUsed(), Math::max);
                    } else {
                        peak.accumulateAndGet(heapUsed(), Math::max);
                        Thread.sleep(100);
                    }
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
        CountingStream wire = new CountingStream(response.body());
        long data = 0;
        long rows = 0;
        int matched = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = gzip ? new GZIPInputStream(wire, 1 << 16) : wire) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                data += n;
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (file.endsWith(".csv")) {
                        rows += b == '\n' ? 1 : 0;
                    } else {
                        matched = b == JSON_ROW[matched] ? matched + 1 : b == JSON_ROW[0] ? 1 : 0;
                        if (matched == JSON_ROW.length) {
                            rows++;
                            matched = 0;
                        }
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
        if (file.endsWith(".csv")) {
            rows--; // the header
        }
        if (!measureMemory) {
            peaks.put(label, peak.get() - baseline);
            line(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %.1f |", label, wire.count, rows, seconds,
                    wire.count / 1e6 / seconds, data / 1e6 / seconds));
        } else {
            line(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.0f |", label, baseline / 1e6,
                    Math.max(0, retained.get() - baseline) / 1e6, peaks.getOrDefault(label, 0L) / 1e6));
        }
    }

    /** Counts the bytes that came over the wire. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
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

    /** The subscriptions of the services that have events not yet consumed ({@code remacto_consumer_lag} > 0). */
    java.util.Map<String, Long> stackLags() throws InterruptedException {
        java.util.Map<String, Long> lags = new java.util.TreeMap<>();
        for (int port = 8081; port <= 8087; port++) {
            try {
                HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                for (String line : metrics.body().split("\n")) {
                    if (line.startsWith("remacto_consumer_lag{")) {
                        long lag = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                        int at = line.indexOf("subscription=\"");
                        if (lag > 0 && at >= 0) {
                            lags.put(line.substring(at + 14, line.indexOf('"', at + 14)), lag);
                        }
                    }
                }
            } catch (IOException e) {
                // a service that does not answer has no consumers to wait for
            }
        }
        return lags;
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
