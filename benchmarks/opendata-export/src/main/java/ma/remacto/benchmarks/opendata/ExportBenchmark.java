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
 * CSV and JSON, and reports for each the throughput (bytes / wall time of the median of three runs after an untimed
 * first one, body read and its rows counted) and the open data service's heap growth, in a second pass that takes a
 * live-object histogram ({@code jcmd <pid> GC.class_histogram}) every second: the largest live heap during the download
 * minus the live heap just before it. The timed runs also record the highest heap in use, garbage included.
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
        String only = System.getenv("REMACTO_ONLY");
        if (only != null && !only.isBlank()) {
            line("");
            line("Services running: `" + only + "`, with Kafka, the MongoDB-wire server and Elasticsearch (the export "
                    + "path; see run.sh). The rows came as events on ideation's topic, published by `PublishIdeaEvents` "
                    + "as ideation publishes them.");
        }
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
                + "last one was published.", dataset, held, Duration.between(waitStart, Instant.now()).toSeconds()));
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
        line("Each download is made once untimed (*first*: the service's JIT compiles its code path as it goes), then "
                + RUNS + " times; *MB/s* is the median of those " + RUNS + " runs. Every body is read to its end and "
                + "its rows counted (gzipped bodies decompressed).");
        line("");
        line("| download | bytes on the wire | rows | first (s) | median (s) | MB/s on the wire | MB/s of data |");
        line("|---|---|---|---|---|---|---|");
        for (String[] download : DOWNLOADS) {
            throughput(dataset, download[0], !download[1].isEmpty());
        }
        line("");
        line("Heap of the open data service during the same downloads, run again while the harness takes a class "
                + "histogram of its live objects (`jcmd <pid> GC.class_histogram`: a full GC, then the bytes of every "
                + "object still reachable, all at one safepoint) every " + GC_EVERY.toMillis() + " ms (the first after "
                + GC_EVERY.toMillis() / 4 + " ms): *retained "
                + "growth* is the largest live heap during the download minus the live heap just before it (what the "
                + "export holds); *peak in use* is the highest heap in use sampled every 100 ms during the timed runs, "
                + "garbage included (young generation not yet collected).");
        line("");
        line("| download | live heap before (MB) | retained growth (MB) | histograms taken | peak in use, garbage "
                + "included (MB) |");
        line("|---|---|---|---|---|");
        for (String[] download : DOWNLOADS) {
            retained(dataset, download[0], !download[1].isEmpty());
        }
        line("");
        line("MB = 10^6 bytes. Goals (issue 6): >= 50 MB/s and < 64 MB heap growth through the gateway.");
        Path out = Path.of(options.text("report", "benchmarks/opendata-export/REPORT.md"));
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println("Report written to " + out);
    }

    private static final Duration GC_EVERY = Duration.ofMillis(1000);
    private static final int RUNS = 3;
    private static final List<String[]> DOWNLOADS = List.of(new String[] {"rows.csv", ""},
            new String[] {"rows.csv", "gzip"}, new String[] {"rows.json", ""});
    private static final byte[] JSON_ROW = "{\"id\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final java.util.Map<String, Long> peaks = new java.util.HashMap<>();

    /** What one download brought: bytes on the wire, bytes of data (decompressed), rows, wall time. */
    record Download(long wire, long data, long rows, double seconds) {
    }

    /** One untimed download, then {@link #RUNS} timed ones (median reported), sampling the heap in use. */
    void throughput(String dataset, String file, boolean gzip) throws Exception {
        String label = file + (gzip ? " (gzip)" : "");
        Download first = download(dataset, file, gzip);
        long before = heapUsed();
        AtomicLong peak = new AtomicLong(before);
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
        List<Download> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(download(dataset, file, gzip));
        }
        running.set(false);
        sampler.join();
        peaks.put(label, peak.get());
        runs.sort(java.util.Comparator.comparingDouble(Download::seconds));
        Download median = runs.get(RUNS / 2);
        for (Download run : runs) {
            if (run.rows() != first.rows() || run.data() != first.data()) {
                throw new IllegalStateException(label + ": runs differ: " + first + " vs " + run);
            }
        }
        line(String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f | %.1f | %.1f |", label, median.wire(),
                median.rows(), first.seconds(), median.seconds(), median.wire() / 1e6 / median.seconds(),
                median.data() / 1e6 / median.seconds()));
    }

    /** One download while live-object histograms are taken every {@link #GC_EVERY}: what the export retains. */
    void retained(String dataset, String file, boolean gzip) throws Exception {
        String label = file + (gzip ? " (gzip)" : "");
        long baseline = liveHeap();
        AtomicLong highest = new AtomicLong(-1);
        AtomicLong taken = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofVirtual().start(() -> {
            long wait = GC_EVERY.toMillis() / 4; // the first soon after the download started
            while (running.get()) {
                try {
                    Thread.sleep(wait);
                    wait = GC_EVERY.toMillis();
                    if (running.get()) {
                        long live = liveHeap();
                        if (running.get()) {
                            highest.accumulateAndGet(live, Math::max);
                            taken.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    return;
                }
            }
        });
        download(dataset, file, gzip);
        running.set(false);
        sampler.join();
        line(String.format(Locale.ROOT, "| %s | %.1f | %s | %d | %.0f |", label, baseline / 1e6,
                highest.get() < 0 ? "(over before the first histogram)"
                        : String.format(Locale.ROOT, "%.1f", Math.max(0, highest.get() - baseline) / 1e6),
                taken.get(), peaks.getOrDefault(label, 0L) / 1e6));
    }

    /** One download through the gateway, its body read to the end (decompressed when gzipped) and its rows counted. */
    Download download(String dataset, String file, boolean gzip) throws Exception {
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
        boolean csv = file.endsWith(".csv");
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = gzip ? new GZIPInputStream(wire, 1 << 16) : wire) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                data += n;
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (csv) {
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
        if (response.statusCode() != 200) {
            throw new IllegalStateException(file + " answered " + response.statusCode());
        }
        return new Download(wire.count, data, csv ? rows - 1 : rows, seconds);
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

    /**
     * The open data service's live heap: {@code jcmd <pid> GC.class_histogram} runs a full GC and sums the objects
     * still reachable at the same safepoint, so nothing allocated after the collection is counted.
     */
    long liveHeap() throws IOException, InterruptedException {
        String pid = options.text("pid", "");
        if (pid.isEmpty()) {
            throw new IllegalStateException("--pid <open data service pid> is required");
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process histogram = new ProcessBuilder(jcmd.toString(), pid, "GC.class_histogram").redirectErrorStream(true)
                .start();
        String last = "";
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(histogram.getInputStream()))) {
            for (String l = lines.readLine(); l != null; l = lines.readLine()) {
                if (!l.isBlank()) {
                    last = l.trim();
                }
            }
        }
        histogram.waitFor(60, TimeUnit.SECONDS);
        // The last line: "Total <instances> <bytes>".
        String[] words = last.split("\\s+");
        if (words.length < 3 || !words[0].equals("Total")) {
            throw new IllegalStateException("unexpected class histogram ending: " + last);
        }
        return Long.parseLong(words[2]);
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
