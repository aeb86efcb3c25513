package ma.remacto.benchmarks.load;

import static ma.remacto.localstack.benchmark.GatewayClient.enc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.localstack.DemoToken;
import ma.remacto.localstack.benchmark.BenchmarkOptions;
import ma.remacto.localstack.benchmark.GatewayClient;
import ma.remacto.localstack.benchmark.Latencies;
import ma.remacto.localstack.benchmark.Parallel;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ideation and search benchmark of issue 3, against a running stack, through the gateway only:
 * <ol>
 * <li>load: synthetic members, one axis each, and N synthetic ideas in workshop batches;</li>
 * <li>search: 1–3 word Arabic queries with facets, latency p50/p95/p99 through the gateway beside
 * the engine's own time ({@code tookMs}), hence the gateway's overhead;</li>
 * <li>submissions: citizens submitting for a fixed time; loss check accepted = stored = on Kafka = indexed;</li>
 * <li>freshness: from an accepted submission to the first search that finds it, p99.</li>
 * </ol>
 * Usage: {@code LoadBenchmark [--ideas N] [--members M] [--queries Q] [--submit-seconds S] [--clients C] [--load skip] [--phases load]}.
 */
public final class LoadBenchmark {

    private static final JsonMapper JSON = GatewayClient.JSON;

    private final URI gateway;
    private final String kafka;
    private final GatewayClient client;
    private final BenchmarkOptions options;
    private final List<String> report = new ArrayList<>();
    private String adminToken;
    private String citizenToken;

    LoadBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.gateway = URI.create(options.text("gateway", "http://localhost:8080"));
        this.client = new GatewayClient(gateway);
        this.kafka = options.text("kafka", "127.0.0.1:9092");
    }

    public static void main(String[] args) throws Exception {
        new LoadBenchmark(BenchmarkOptions.parse(args)).run();
    }

    int option(String name, int fallback) {
        return options.integer(name, fallback);
    }

    void run() throws Exception {
        int members = option("members", 1677);
        int ideas = option("ideas", 1_000_000);
        int queries = option("queries", 2000);
        int seconds = option("submit-seconds", 60);
        int clients = option("clients", 32);
        adminToken = DemoToken.fetch(gateway, "admin", "demo");
        citizenToken = DemoToken.fetch(gateway, "citizen", "demo");
        line("# Ideation and search benchmark");
        line("");
        line("Run " + Instant.now() + " against " + gateway + " on " + Runtime.getRuntime().availableProcessors()
                + " cores; synthetic data (members `synthetic-commune-NNNN`, category `" + SyntheticIdeas.MARK + "`).");
        line("");
        line("Whole stack on this one machine (gateway, identity, members, ideation, search, Kafka, Elasticsearch, "
                + "MongoDB-wire server, and this client). Service JVM options `"
                + System.getenv().getOrDefault("REMACTO_SERVICE_JVM_OPTS", "(launcher default)") + "`, MongoDB-wire heap "
                + System.getenv().getOrDefault("REMACTO_MONGO_HEAP", "(default)") + ", Elasticsearch heap "
                + System.getenv().getOrDefault("REMACTO_ES_HEAP", "(default)") + ".");
        line("");
        if ("skip".equals(options.text("load", ""))) {
            catchUp(ideas);
        } else {
            load(members, ideas);
        }
        if (!"load".equals(options.text("phases", "all"))) { // --phases load: only the data, for other benchmarks
            search(queries);
            submit(seconds, clients);
        }
        Path out = Path.of(options.text("report", "benchmarks/ideation-load/REPORT.md"));
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println("Report written to " + out);
    }

    // ---------------------------------------------------------------- load

    void load(int members, int ideas) throws Exception {
        SyntheticIdeas data = new SyntheticIdeas(42);
        List<String> regions = List.of("tanger-tetouan-al-hoceima", "oriental", "fes-meknes", "rabat-sale-kenitra",
                "beni-mellal-khenifra", "casablanca-settat", "marrakech-safi", "draa-tafilalet", "souss-massa",
                "guelmim-oued-noun", "laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab");
        Instant start = Instant.now();
        Parallel.run(members, 8, i -> {
            String slug = SyntheticIdeas.memberSlug(i);
            post("/api/members", Map.of("slug", slug, "kind", "COMMUNE", "regionSlug", regions.get(i % regions.size()),
                    "name", Map.of("ar", "جماعة اصطناعية " + i, "fr", "Commune synthétique " + i),
                    "population", 10_000 + i, "contactEmail", slug + "@synthetic.remacto.ma"), adminToken, 60);
        });
        Parallel.run(members, 8, i -> post("/api/axes", Map.of("member", SyntheticIdeas.memberSlug(i), "programme",
                "2024-2025", "code", "S1", "position", 1, "title", Map.of("ar", "محور اصطناعي", "fr", "Axe synthétique")),
                adminToken, 120));
        long membersSeconds = Duration.between(start, Instant.now()).toSeconds();
        System.out.printf("members and axes ready in %d s%n", membersSeconds);

        int batch = 500;
        int batches = (ideas + batch - 1) / batch;
        AtomicLong loaded = new AtomicLong();
        Instant loadStart = Instant.now();
        String run = Long.toString(System.currentTimeMillis(), 36);
        Parallel.run(batches, option("load-clients", 4), b -> {
            int rows = Math.min(batch, ideas - b * batch);
            List<Map<String, Object>> content;
            synchronized (data) {
                content = data.rows(rows);
            }
            post("/api/ideas/batches", Map.of("member", SyntheticIdeas.memberSlug(b % members), "batchId",
                    "synthetic-" + run + "-" + b, "source", "LIVE_WORKSHOP", "rows", content), adminToken, 900);
            long done = loaded.addAndGet(rows);
            if (b % 20 == 0) {
                double rate = done / Math.max(1e-3, Duration.between(loadStart, Instant.now()).toMillis() / 1000.0);
                System.out.printf("loaded %,d / %,d ideas (%.0f/s)%n", done, ideas, rate);
            }
        });
        double loadSeconds = Duration.between(loadStart, Instant.now()).toMillis() / 1000.0;
        long indexed = waitIndexed(ideas, Duration.ofMinutes(option("index-wait-minutes", 60)));
        double indexSeconds = Duration.between(loadStart, Instant.now()).toMillis() / 1000.0;
        line("## Load");
        line("");
        line("| what | figure |");
        line("|---|---|");
        line("| synthetic members (with one axis each) | " + members + " (ready in " + membersSeconds + " s) |");
        line(String.format(Locale.ROOT, "| ideas loaded through `POST /api/ideas/batches` (500 rows) | %,d in %.0f s = %.0f ideas/s |",
                ideas, loadSeconds, ideas / loadSeconds));
        line(String.format(Locale.ROOT, "| synthetic ideas searchable (relay → Kafka → search index) | %,d after %.0f s |",
                indexed, indexSeconds));
        line("");
    }

    /**
     * {@code --load skip}: the synthetic ideas were stored by an earlier run (e.g. one stopped while search was
     * catching up, then restarted with changed services); only the wait until search finds them all is measured.
     */
    void catchUp(int ideas) throws Exception {
        Instant start = Instant.now();
        long indexed = waitIndexed(ideas, Duration.ofMinutes(option("index-wait-minutes", 60)));
        line("## Load");
        line("");
        line(String.format(Locale.ROOT, "Ideas loaded by an earlier run (`--load skip`). Search caught up to %,d synthetic "
                + "ideas in %d s from the start of this run (services restarted with the events of the ideas still to "
                + "publish in ideation's outbox).", indexed, Duration.between(start, Instant.now()).toSeconds()));
        line("");
    }

    long waitIndexed(int expected, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long count = 0;
        while (Instant.now().isBefore(deadline)) {
            count = syntheticIndexed();
            System.out.printf("indexed %,d / %,d%n", count, expected);
            if (count >= expected) {
                return count;
            }
            Thread.sleep(5_000);
        }
        return count;
    }

    /** How many synthetic ideas search can find (the category marker is a word of every synthetic idea). */
    long syntheticIndexed() throws Exception {
        JsonNode answer = get("/api/search?q=" + enc("اصطناعي") + "&size=1");
        return answer.path("totalItems").asLong();
    }

    // ---------------------------------------------------------------- search

    void search(int queries) throws Exception {
        SyntheticIdeas data = new SyntheticIdeas(7);
        List<Long> total = Collections.synchronizedList(new ArrayList<>());
        List<Long> engine = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 50; i++) {
            get("/api/search?q=" + enc(data.query())); // warm-up, not measured
        }
        for (int i = 0; i < queries; i++) {
            String q = data.query();
            String scope = switch (data.nextInt(4)) {
                case 0 -> "&member=" + SyntheticIdeas.memberSlug(data.nextInt(1677));
                case 1 -> "&region=oriental";
                default -> "";
            };
            long started = System.nanoTime();
            JsonNode answer = get("/api/search?q=" + enc(q) + scope + "&size=10");
            total.add((System.nanoTime() - started) / 1_000);
            engine.add(answer.path("tookMs").asLong() * 1_000);
        }
        Collections.sort(total);
        Collections.sort(engine);
        line("## Search through the gateway");
        line("");
        line(queries + " queries of 1–3 Arabic words (spelling variants included), one client, facets on, "
                + "a quarter scoped to one member and a quarter to a region; after 50 warm-up queries.");
        line("");
        line("| percentile | through the gateway (ms) | engine `took` (ms) |");
        line("|---|---|---|");
        for (double p : new double[] {0.50, 0.95, 0.99}) {
            line(String.format(Locale.ROOT, "| p%.0f | %.1f | %.1f |", p * 100, Latencies.percentile(total, p) / 1000.0,
                    Latencies.percentile(engine, p) / 1000.0));
        }
        double overhead = Latencies.mean(total) > 0 ? (Latencies.mean(total) - Latencies.mean(engine)) / Latencies.mean(total) * 100 : 0;
        line(String.format(Locale.ROOT, "| mean | %.1f | %.1f |", Latencies.mean(total) / 1000.0, Latencies.mean(engine) / 1000.0));
        line("");
        line(String.format(Locale.ROOT, "Time outside the engine (gateway, service, JSON): %.0f %% of the mean. "
                + "Goals: p95 <= 50 ms, overhead <= 10 %%.", overhead));
        line("");
    }

    // ---------------------------------------------------------------- submissions

    void submit(int seconds, int clients) throws Exception {
        String marker = "قياس" + arabicWord(System.nanoTime());
        long storedBefore = get("/api/ideas?size=1").path("totalItems").asLong();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicLong refused = new AtomicLong();
        List<Long> freshness = Collections.synchronizedList(new ArrayList<>());
        Instant end = Instant.now().plusSeconds(seconds);
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            workers.add(pool.submit(() -> {
                SyntheticIdeas data = new SyntheticIdeas(1000 + client);
                int n = 0;
                while (Instant.now().isBefore(end)) {
                    Map<String, Object> idea = new HashMap<>(data.row());
                    idea.remove("axisCode");
                    idea.put("axisCode", "S1");
                    idea.put("member", SyntheticIdeas.memberSlug(data.nextInt(option("members", 1677))));
                    idea.put("problem", idea.get("problem") + " " + marker);
                    try {
                        HttpResponse<String> response = send("POST", "/api/ideas", idea, citizenToken);
                        if (response.statusCode() == 201) {
                            accepted.add(JSON.readTree(response.body()).path("id").asString());
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                    n++;
                }
                return n;
            }));
        }
        // Freshness, measured on the side: a distinct word per probe, searched until found.
        Thread probe = Thread.ofVirtual().start(() -> {
            SyntheticIdeas data = new SyntheticIdeas(99);
            while (Instant.now().isBefore(end)) {
                String word = "عينة" + arabicWord(System.nanoTime());
                Map<String, Object> idea = new HashMap<>(data.row());
                idea.put("member", SyntheticIdeas.memberSlug(1));
                idea.put("problem", idea.get("problem") + " " + word + " " + marker);
                try {
                    HttpResponse<String> response = send("POST", "/api/ideas", idea, citizenToken);
                    long acceptedAt = System.nanoTime();
                    if (response.statusCode() != 201) {
                        continue;
                    }
                    accepted.add(JSON.readTree(response.body()).path("id").asString());
                    while (get("/api/search?q=" + enc(word) + "&size=1").path("totalItems").asLong() == 0) {
                        if (System.nanoTime() - acceptedAt > Duration.ofSeconds(60).toNanos()) {
                            break;
                        }
                        Thread.sleep(20);
                    }
                    freshness.add((System.nanoTime() - acceptedAt) / 1_000_000);
                } catch (Exception e) {
                    return;
                }
            }
        });
        for (Future<?> worker : workers) {
            worker.get();
        }
        probe.join();
        pool.shutdown();

        long stored = get("/api/ideas?size=1").path("totalItems").asLong() - storedBefore;
        long onKafka = countOnKafka(accepted, Duration.ofSeconds(120));
        long indexed = 0;
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            indexed = get("/api/search?q=" + enc(marker) + "&size=1").path("totalItems").asLong();
            if (indexed >= accepted.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        Collections.sort(freshness);
        line("## Submissions for " + seconds + " s");
        line("");
        line(clients + " concurrent clients submitting `POST /api/ideas` as a signed-in citizen, through the gateway.");
        line("");
        line("| what | figure |");
        line("|---|---|");
        line(String.format(Locale.ROOT, "| accepted (201) | %,d = %.0f submissions/s |", accepted.size(),
                accepted.size() / (double) seconds));
        line(String.format(Locale.ROOT, "| refused or failed | %,d |", refused.get()));
        line(String.format(Locale.ROOT, "| ideas stored (ideation's count after − before) | %,d |", stored));
        line(String.format(Locale.ROOT, "| accepted ideas found on Kafka (`IdeaSubmitted`) | %,d |", onKafka));
        line(String.format(Locale.ROOT, "| accepted ideas found by search | %,d |", indexed));
        line(String.format(Locale.ROOT, "| freshness, accepted → findable (%d probes): p50 / p99 | %d ms / %d ms |",
                freshness.size(), Latencies.percentile(freshness, 0.5), Latencies.percentile(freshness, 0.99)));
        line("");
        line("Goals: >= 1,000 submissions/s, accepted = stored = on Kafka = indexed, freshness p99 <= 2 s.");
    }

    long countOnKafka(Set<String> accepted, Duration timeout) {
        Set<String> seen = new java.util.HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of("remacto.ideation.v1"));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && !seen.containsAll(accepted)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (accepted.contains(record.key())) {
                        try {
                            EventEnvelope envelope = EventEnvelope.parseFrom(record.value());
                            if (envelope.getPayload().is(IdeaSubmitted.class)) {
                                seen.add(record.key());
                            }
                        } catch (IOException e) {
                            // not an envelope: not ours to count
                        }
                    }
                }
            }
        }
        return seen.size();
    }

    // ---------------------------------------------------------------- plumbing

    void post(String path, Object body, String token, int retrySeconds) throws Exception {
        client.post(path, body, token, retrySeconds);
    }

    HttpResponse<String> send(String method, String path, Object body, String token) throws Exception {
        return client.send(method, path, body, token);
    }

    JsonNode get(String path) throws Exception {
        return client.get(path);
    }

    /** A number written with Arabic letters, so a unique probe word is one Arabic token for any analyzer. */
    static String arabicWord(long value) {
        String letters = "بتثجحخدذرز";
        StringBuilder word = new StringBuilder();
        for (char digit : Long.toString(Math.abs(value)).toCharArray()) {
            word.append(letters.charAt(digit - '0'));
        }
        return word.toString();
    }

    void line(String text) {
        report.add(text);
        System.out.println(text);
    }
}
