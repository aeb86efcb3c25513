package ma.remacto.benchmarks.projects;

import static ma.remacto.localstack.benchmark.GatewayClient.enc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ma.remacto.localstack.DemoToken;
import ma.remacto.localstack.benchmark.BenchmarkOptions;
import ma.remacto.localstack.benchmark.GatewayClient;
import ma.remacto.localstack.benchmark.Latencies;
import ma.remacto.localstack.benchmark.Parallel;

import tools.jackson.databind.JsonNode;

/**
 * The projects benchmark of issue 4, against a running stack: a synthetic member whose 2025–2026 plan has N
 * published projects of A weighted activities each, adopted and in execution, with progress recorded on the
 * activities that should have started by today; then, through the gateway (and, for the overhead, on the service's
 * own port): the plan's progress roll-up ({@code GET /api/plans/{id}/progress}), the plan's projects
 * ({@code GET /api/projects?plan=…&size=N}) and the member's plans ({@code GET /api/plans?member=…}), p50/p95/p99
 * with one client and with several. The roll-up's figure is checked against the one computed here.
 *
 * <p>Usage: {@code ProjectsBenchmark [--projects N] [--activities A] [--requests R] [--clients C]}.
 */
public final class ProjectsBenchmark {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final LocalDate PLAN_START = LocalDate.of(2025, 1, 1);
    private static final LocalDate PLAN_END = LocalDate.of(2026, 12, 31);
    private static final int AXES = 5;

    private final BenchmarkOptions options;
    private final GatewayClient gateway;
    private final GatewayClient service;
    private final List<String> report = new ArrayList<>();
    private String adminToken;

    ProjectsBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.gateway = new GatewayClient(URI.create(options.text("gateway", "http://localhost:8080")));
        this.service = new GatewayClient(URI.create(options.text("service", "http://localhost:8084")));
    }

    public static void main(String[] args) throws Exception {
        new ProjectsBenchmark(BenchmarkOptions.parse(args)).run();
    }

    int option(String name, int fallback) {
        return options.integer(name, fallback);
    }

    void run() throws Exception {
        int projects = option("projects", 50);
        int activities = option("activities", 20);
        int requests = option("requests", 1000);
        int clients = option("clients", 8);
        adminToken = DemoToken.fetch(gateway.base(), "admin", "demo");
        String member = "synthetic-projects-" + Long.toString(System.currentTimeMillis(), 36);
        line("# Projects benchmark: progress roll-up and listings");
        line("");
        line("Run " + Instant.now() + " against " + gateway.base() + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, whole stack and this client on the one machine. Service JVM options `"
                + System.getenv().getOrDefault("REMACTO_SERVICE_JVM_OPTS", "(launcher default)") + "`.");
        line("");
        line(String.format(Locale.ROOT, "Synthetic member `%s`: one 2025-2026 plan, %d published projects × %d "
                + "activities (%,d activities) over %d axes, adopted and in execution; progress recorded on every "
                + "activity that started by today.", member, projects, activities, projects * activities, AXES));
        line("");
        String planId = load(member, projects, activities);
        checkRollUp(planId, projects, activities);
        line("## Reads");
        line("");
        line(String.format(Locale.ROOT, "%,d measured requests per row after 100 warm-up requests, anonymous "
                + "(the plan is public once adopted, the projects are published).", requests));
        line("");
        line("| request | clients | via | p50 (ms) | p95 (ms) | p99 (ms) | requests/s | answer size |");
        line("|---|---|---|---|---|---|---|---|");
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("plan progress roll-up", "/api/plans/" + planId + "/progress");
        reads.put("the plan's projects (one page of " + projects + ")", "/api/projects?plan=" + planId + "&size="
                + Math.min(projects, 200));
        reads.put("the member's plans", "/api/plans?member=" + enc(member));
        LocalDate today = LocalDate.now(MOROCCO);
        reads.put("this quarter's evaluation report (HTML, ar)", "/api/plans/" + planId + "/reports/quarterly?period="
                + today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1) + "&lang=ar");
        for (Map.Entry<String, String> read : reads.entrySet()) {
            measure(read.getKey(), read.getValue(), gateway, "gateway", 1, requests);
            measure(read.getKey(), read.getValue(), service, "service port", 1, requests);
            measure(read.getKey(), read.getValue(), gateway, "gateway", clients, requests);
        }
        line("");
        line("Goal (issue 4): report p95 through the gateway for a member with 50 projects × 20 activities. The "
                + "report rebuilds every activity's progress as of the period's end from the projects' histories.");
        Path out = Path.of(options.text("report", "benchmarks/projects-load/REPORT.md"));
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println("Report written to " + out);
    }

    // ---------------------------------------------------------------- load

    String load(String member, int projects, int activities) throws Exception {
        Instant start = Instant.now();
        gateway.post("/api/members", Map.of("slug", member, "kind", "COMMUNE", "regionSlug",
                "tanger-tetouan-al-hoceima", "name", Map.of("ar", "جماعة اصطناعية للقياس", "fr",
                        "Commune synthétique de mesure"), "population", 20_000, "contactEmail",
                member + "@synthetic.remacto.ma"), adminToken, 60);
        for (int a = 1; a <= AXES; a++) {
            gateway.post("/api/axes", Map.of("member", member, "programme", "2025-2026", "code", "S" + a,
                    "position", a, "title", Map.of("ar", "محور اصطناعي " + a, "fr", "Axe synthétique " + a)),
                    adminToken, 120);
        }
        String planId = gateway.post("/api/plans", Map.of("member", member, "period", "2025-2026", "format",
                "STANDARD", "title", Map.of("ar", "برنامج اصطناعي للقياس", "fr", "Programme synthétique de mesure")),
                adminToken, 120).path("id").asString();
        Latencies formulations = new Latencies();
        List<String> projectIds = new ArrayList<>(Collections.nCopies(projects, ""));
        Parallel.run(projects, 4, p -> {
            long began = System.nanoTime();
            JsonNode project = gateway.post("/api/projects", formulation(planId, p, activities), adminToken, 120);
            formulations.add((System.nanoTime() - began) / 1000);
            projectIds.set(p, project.path("id").asString());
        });
        move(planId, Map.of("to", "IN_CONSULTATION"));
        move(planId, Map.of("to", "ADOPTED", "adoption", Map.of("session", Map.of("ar", "دورة اصطناعية"),
                "date", PLAN_START.toString())));
        move(planId, Map.of("to", "IN_EXECUTION"));

        Latencies progressWrites = new Latencies();
        AtomicLong recorded = new AtomicLong();
        Parallel.run(projects, 4, p -> {
            JsonNode project = gateway.get("/api/projects/" + projectIds.get(p), adminToken);
            for (JsonNode activity : project.path("activities")) {
                int progress = progressOf(p, activity);
                if (progress > 0) {
                    long began = System.nanoTime();
                    gateway.post("/api/projects/" + projectIds.get(p) + "/activities/" + activity.path("id").asString()
                            + "/progress", Map.of("progress", progress), adminToken, 30);
                    progressWrites.add((System.nanoTime() - began) / 1000);
                    recorded.incrementAndGet();
                }
            }
        });
        line("## Load");
        line("");
        line(String.format(Locale.ROOT, "Member, axes, plan, %d projects, adoption and %,d progress reports in %d s "
                + "(4 clients).", projects, recorded.get(), Duration.between(start, Instant.now()).toSeconds()));
        line("");
        line("| write | count | p50 (ms) | p95 (ms) | p99 (ms) |");
        line("|---|---|---|---|---|");
        writeRow("formulate a project of " + activities + " activities", formulations);
        writeRow("record an activity's progress", progressWrites);
        line("");
        return planId;
    }

    private void writeRow(String what, Latencies latencies) {
        line(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f |", what, latencies.count(),
                latencies.percentileMs(0.50), latencies.percentileMs(0.95), latencies.percentileMs(0.99)));
    }

    private Map<String, Object> formulation(String planId, int p, int activities) {
        List<Map<String, Object>> schedule = new ArrayList<>();
        long span = PLAN_END.toEpochDay() - PLAN_START.toEpochDay();
        BigDecimal[] weights = weights(activities);
        for (int a = 0; a < activities; a++) {
            LocalDate begin = PLAN_START.plusDays(span * a / activities);
            LocalDate end = PLAN_START.plusDays(Math.min(span, span * (a + 2) / activities));
            schedule.add(Map.of("title", "نشاط اصطناعي " + (a + 1) + " للمشروع " + (p + 1), "start", begin.toString(),
                    "end", end.toString(), "weight", weights[a].toPlainString(), "responsibleService",
                    "مصلحة اصطناعية"));
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("axisCode", "S" + (p % AXES + 1));
        card.put("title", Map.of("ar", "مشروع اصطناعي رقم " + (p + 1), "fr", "Projet synthétique n° " + (p + 1)));
        card.put("problem", Map.of("issues", List.of("ضعف الولوج إلى المعلومات"), "causes", List.of("غياب منصة"),
                "consequences", List.of("فقدان الثقة")));
        card.put("proposedSolution", List.of("إحداث منصة رقمية للتواصل مع المواطنين"));
        card.put("principles", List.of("ACCESS_TO_INFORMATION", "DIGITALISATION"));
        card.put("estimatedBudget", (100_000 + p * 2_500) + ".00");
        return Map.of("planId", planId, "card", card, "activities", schedule, "published", true);
    }

    /** Weights that sum to exactly 100 with at most two decimals, the last one taking the rounding. */
    static BigDecimal[] weights(int activities) {
        BigDecimal[] weights = new BigDecimal[activities];
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(activities), 2, RoundingMode.DOWN);
        BigDecimal rest = BigDecimal.valueOf(100);
        for (int a = 0; a < activities - 1; a++) {
            weights[a] = each;
            rest = rest.subtract(each);
        }
        weights[activities - 1] = rest;
        return weights;
    }

    /**
     * The progress recorded on an activity: finished ones (end passed) done, except every fifth project, which is
     * behind (so late activities show); started ones half done; future ones untouched.
     */
    static int progressOf(int project, JsonNode activity) {
        LocalDate today = LocalDate.now(MOROCCO);
        LocalDate start = LocalDate.parse(activity.path("start").asString());
        LocalDate end = LocalDate.parse(activity.path("end").asString());
        if (start.isAfter(today)) {
            return 0;
        }
        if (end.isBefore(today)) {
            return project % 5 == 0 ? 60 : 100;
        }
        return 50;
    }

    private void move(String planId, Map<String, Object> change) throws Exception {
        gateway.post("/api/plans/" + planId + "/status", change, adminToken, 30);
    }

    /** The roll-up the service answers must be the mean of the weight-sums computed here from the schedules. */
    void checkRollUp(String planId, int projects, int activities) throws Exception {
        JsonNode rollUp = gateway.get("/api/plans/" + planId + "/progress");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode project : gateway.get("/api/projects?plan=" + planId + "&size=" + Math.min(projects, 200))
                .path("items")) {
            BigDecimal weighted = BigDecimal.ZERO;
            for (JsonNode activity : gateway.get("/api/projects/" + project.path("id").asString()).path("activities")) {
                weighted = weighted.add(activity.path("weight").decimalValue()
                        .multiply(BigDecimal.valueOf(activity.path("progress").asInt())));
            }
            sum = sum.add(weighted.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP));
        }
        double expected = sum.divide(BigDecimal.valueOf(projects), 4, RoundingMode.HALF_UP).doubleValue();
        double answered = rollUp.path("progress").asDouble();
        int late = rollUp.path("lateActivities").size();
        line("## Roll-up check");
        line("");
        line(String.format(Locale.ROOT, "Plan progress answered %.2f %%, computed here %.2f %% (%s); %d late "
                + "activities flagged; %d axes.", answered, expected, Math.abs(answered - expected) < 0.01 ? "equal"
                        : "DIFFERENT", late, rollUp.path("axes").size()));
        line("");
    }

    // ---------------------------------------------------------------- reads

    void measure(String what, String path, GatewayClient via, String viaName, int clients, int requests)
            throws Exception {
        for (int i = 0; i < 100; i++) {
            via.send("GET", path, null, null);
        }
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        long began = System.nanoTime();
        Parallel.run(clients, clients, c -> {
            while (next.getAndIncrement() < requests) {
                long t = System.nanoTime();
                HttpResponse<String> response = via.send("GET", path, null, null);
                latencies.add((System.nanoTime() - t) / 1000);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                bytes.set(response.body().getBytes(StandardCharsets.UTF_8).length);
            }
        });
        double seconds = (System.nanoTime() - began) / 1e9;
        line(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1f | %.0f | %,d B |", what, clients, viaName,
                latencies.percentileMs(0.50), latencies.percentileMs(0.95), latencies.percentileMs(0.99),
                latencies.count() / seconds, bytes.get()));
    }

    void line(String text) {
        report.add(text);
        System.out.println(text);
    }
}
