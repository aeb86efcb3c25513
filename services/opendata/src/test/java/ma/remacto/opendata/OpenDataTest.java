package ma.remacto.opendata;

import static ma.remacto.opendata.OpenDataEvents.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.MemberCard;
import ma.remacto.events.v1.MemberKind;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.events.v1.MemberStatus;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.opendata.domain.TableSchema;
import ma.remacto.opendata.events.OpenDataSubscriptions;
import ma.remacto.opendata.persistence.MongoDatasetCatalog;
import ma.remacto.opendata.persistence.OpenDataStore;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.test.Eventually;
import ma.remacto.platform.test.ServiceClient;
import ma.remacto.platform.test.ServiceClient.Response;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestEvents;
import ma.remacto.platform.test.TestMembers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** Open data on the real Kafka broker and MongoDB-wire server: events become rows and datasets, downloaded over HTTP. */
@ServiceTest
@TestPropertySource(properties = {"remacto.opendata.export-batch-size=2", "remacto.opendata.export-page-size=3"})
@SuppressWarnings("unchecked")
class OpenDataTest {

    static final String TTA = "tanger-tetouan-al-hoceima";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MemberDirectory directory;

    @Autowired
    MongoDatasetCatalog catalog;

    @Autowired
    OpenDataStore store;

    @Autowired
    MeterRegistry registry;

    @Autowired
    com.mongodb.client.MongoDatabase database;

    @BeforeEach
    void members() {
        TestMembers.ensure(directory, List.of(TestMembers.Member.region(TTA), TestMembers.Member.commune("larache", TTA),
                TestMembers.Member.commune("tetouan", TTA), TestMembers.Member.commune("chefchaouen", TTA),
                TestMembers.Member.commune("ouazzane", TTA), TestMembers.Member.commune("bulk-commune", TTA),
                TestMembers.Member.commune("older-commune", TTA)));
    }

    // ---- helpers

    long rows(String dataset) {
        return catalog.dataset(dataset).map(Dataset::rows).orElse(-1L);
    }

    List<Map<String, Object>> firstRows(String dataset) {
        return catalog.firstRows(dataset, 100);
    }

    Map<String, Object> row(String dataset, String id) {
        return firstRows(dataset).stream().filter(r -> id.equals(r.get("id"))).findFirst().orElse(null);
    }

    double consumed(String subscription) {
        return registry.find("remacto.events.consumed").tag("subscription", subscription).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    /** Publishes events and waits until the subscription has handled that many more (whatever it did with them). */
    void publishAndAwait(String subscription, List<DomainEvent> events) {
        double before = consumed(subscription);
        TestEvents.publish(events);
        Eventually.until(subscription + " handling " + events.size() + " events", WAIT,
                () -> consumed(subscription) >= before + events.size());
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    Response call(String path) {
        return new ServiceClient(port, "fr").call("GET", path, null, null);
    }

    // ---- tests

    @Test
    void ideasBecomeRowsOnceWhateverTheRedeliveriesAndAWithdrawnIdeaLosesItsTexts() {
        String first = Ids.newId();
        String second = Ids.newId();
        IdeaCard firstV2 = OpenDataEvents.idea(first, "larache", 645, 2).setState("IN_PROCESSING").build();
        TestEvents.publish(List.of(OpenDataEvents.submitted(OpenDataEvents.idea(first, "larache", 645, 1).build()),
                OpenDataEvents.stateChanged(firstV2),
                OpenDataEvents.submitted(OpenDataEvents.idea(second, "larache", 646, 1).build())));
        Eventually.until("two idea rows", WAIT, () -> rows("ideas-larache") == 2
                && row("ideas-larache", first) != null && "IN_PROCESSING".equals(row("ideas-larache", first).get("state")));

        // a stale version and a redelivery of the current one change nothing
        publishAndAwait(OpenDataSubscriptions.IDEATION, List.of(
                OpenDataEvents.submitted(OpenDataEvents.idea(first, "larache", 645, 1).setProblem("STALE").build()),
                OpenDataEvents.stateChanged(firstV2)));
        Map<String, Object> row = row("ideas-larache", first);
        assertThat(row).containsEntry("state", "IN_PROCESSING").containsEntry("support_count", 2L)
                .containsEntry("problem", "ضعف الإنارة العمومية، في \"الحي\" القديم").containsEntry("number", 645L)
                .containsEntry("region", TTA).containsEntry("member", "larache").containsEntry("axis_code", "A1");
        assertThat(row.keySet()).containsExactlyElementsOf(
                catalog.schema(DatasetKind.IDEAS).fields().stream().map(TableSchema.Field::name).toList());
        assertThat(rows("ideas-larache")).isEqualTo(2);

        // withdrawn: the row stays, the submitter's texts go
        TestEvents.publish(List.of(OpenDataEvents.stateChanged(
                OpenDataEvents.idea(second, "larache", 646, 2).setState("WITHDRAWN").build())));
        Eventually.until("the withdrawal", WAIT, () -> "WITHDRAWN".equals(row("ideas-larache", second).get("state")));
        assertThat(row("ideas-larache", second)).containsEntry("problem", null).containsEntry("proposed_solution", null)
                .containsEntry("number", 646L);
        assertThat(rows("ideas-larache")).isEqualTo(2);

        // statistics: ideas per member, axis and state, moved with each change of state (stale events count nothing)
        Eventually.until("the statistics", WAIT, () -> row("statistics-larache", "ideas/larache/A1/WITHDRAWN") != null);
        assertThat(row("statistics-larache", "ideas/larache/A1/IN_PROCESSING")).containsEntry("count", 1L)
                .containsEntry("region", TTA).containsEntry("measure", "ideas");
        assertThat(row("statistics-larache", "ideas/larache/A1/WITHDRAWN")).containsEntry("count", 1L);
        assertThat(row("statistics-larache", "ideas/larache/A1/RECEIVED")).containsEntry("count", 0L);
        assertThat(rows("statistics-larache")).isEqualTo(3);

        Dataset dataset = catalog.dataset("ideas-larache").orElseThrow();
        assertThat(dataset.title().ar()).isEqualTo("أفكار جماعة larache");
        assertThat(dataset.title().fr()).isEqualTo("Idées de la commune larache");
        assertThat(dataset.publisherSlug()).isEqualTo("larache");
        assertThat(dataset.publisherName().ar()).isEqualTo("جماعة larache");
        assertThat(dataset.regionSlug()).isEqualTo(TTA);
        assertThat(dataset.spatial()).isEqualTo("larache");
        assertThat(dataset.license()).isEqualTo("odc-odbl");
        assertThat(dataset.frequency()).isEqualTo("CONT");
        assertThat(dataset.temporalStart()).hasToString("2025-03-10");
        assertThat(dataset.created()).isNotNull();
        assertThat(dataset.modified()).isAfterOrEqualTo(dataset.created());
        assertThat(dataset.resources()).extracting(r -> r.id()).containsExactly("ideas-larache-csv", "ideas-larache-json",
                "ideas-larache-datapackage");
        assertThat(dataset.resources().getFirst().path()).isEqualTo("/api/datasets/ideas-larache/rows.csv");
        assertThat(catalog.dataset(dataset.id())).map(Dataset::name).contains("ideas-larache");
        assertThat(catalog.resource("ideas-larache-json")).isPresent();
        Dataset network = catalog.dataset("ideas-network").orElseThrow();
        assertThat(network.rows()).isGreaterThanOrEqualTo(2);
        assertThat(network.publisherSlug()).isNull();
        assertThat(network.spatial()).isEqualTo("MA");
        assertThat(catalog.publishers()).extracting(p -> p.slug()).contains("larache", Dataset.NETWORK);
    }

    @Test
    void aFloodOfIdeaEventsIsAppliedInBulkWithExactRowsAndStatistics() {
        // 30 ideas of one axis: each submitted; the even ones taken up, every sixth retained; then the even ones'
        // first version redelivered late. Published at once, they reach the subscription as a few large polls.
        List<DomainEvent> events = new ArrayList<>();
        List<DomainEvent> late = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = Ids.newId();
            IdeaCard.Builder first = OpenDataEvents.idea(id, "bulk-commune", 1000 + i, 1).setAxisCode("Z9");
            events.add(OpenDataEvents.submitted(first.build()));
            if (i % 2 == 0) {
                events.add(OpenDataEvents.stateChanged(OpenDataEvents.idea(id, "bulk-commune", 1000 + i, 2).setAxisCode("Z9")
                        .setState("IN_PROCESSING").build()));
                late.add(OpenDataEvents.submitted(first.build()));
            }
            if (i % 6 == 0) {
                events.add(OpenDataEvents.stateChanged(OpenDataEvents.idea(id, "bulk-commune", 1000 + i, 3).setAxisCode("Z9")
                        .setState("RETAINED").build()));
            }
        }
        events.addAll(late);
        double fallbacks = registry.find("remacto.events.consumed").tag("outcome", "batch-fallback").counters().stream()
                .mapToDouble(Counter::count).sum();
        publishAndAwait(OpenDataSubscriptions.IDEATION, events);

        assertThat(rows("ideas-bulk-commune")).isEqualTo(30);
        assertThat(store.storedRows(DatasetKind.IDEAS)).isGreaterThanOrEqualTo(30);
        assertThat(row("statistics-bulk-commune", "ideas/bulk-commune/Z9/RECEIVED")).containsEntry("count", 15L);
        assertThat(row("statistics-bulk-commune", "ideas/bulk-commune/Z9/IN_PROCESSING")).containsEntry("count", 10L);
        assertThat(row("statistics-bulk-commune", "ideas/bulk-commune/Z9/RETAINED")).containsEntry("count", 5L);
        assertThat(rows("statistics-bulk-commune")).isEqualTo(3);
        // the late first versions changed nothing: each row is its idea's newest version
        assertThat(firstRows("ideas-bulk-commune")).hasSize(30).allSatisfy(r -> {
            long number = (Long) r.get("number");
            String state = number % 6 == 4 ? "RETAINED" : number % 2 == 0 ? "IN_PROCESSING" : "RECEIVED";
            assertThat(r).containsEntry("state", state);
            assertThat(r).containsEntry("support_count", state.equals("RETAINED") ? 3L : number % 2 == 0 ? 2L : 1L);
        });
        assertThat(registry.find("remacto.events.consumed").tag("outcome", "batch-fallback").counters().stream()
                .mapToDouble(Counter::count).sum()).isEqualTo(fallbacks);
    }

    @Test
    void rowsStoredWithoutRenditionsAreRenderedAsTheyAreDownloaded() throws Exception {
        String kept = Ids.newId();
        String older = Ids.newId();
        TestEvents.publish(List.of(OpenDataEvents.submitted(OpenDataEvents.idea(kept, "older-commune", 1, 1).build()),
                OpenDataEvents.submitted(OpenDataEvents.idea(older, "older-commune", 2, 1).build())));
        Eventually.until("two rows", WAIT, () -> rows("ideas-older-commune") == 2);
        String csvBefore = text(get("/api/datasets/ideas-older-commune/rows.csv"));
        String jsonBefore = text(get("/api/datasets/ideas-older-commune/rows.json"));
        // as a row stored by a version that did not render rows
        database.getCollection(OpenDataStore.collectionName(DatasetKind.IDEAS)).updateOne(
                com.mongodb.client.model.Filters.eq("_id", older), com.mongodb.client.model.Updates.combine(
                        com.mongodb.client.model.Updates.unset(OpenDataStore.CSV),
                        com.mongodb.client.model.Updates.unset(OpenDataStore.JSON)));
        assertThat(text(get("/api/datasets/ideas-older-commune/rows.csv"))).isEqualTo(csvBefore).contains(older);
        assertThat(text(get("/api/datasets/ideas-older-commune/rows.json"))).isEqualTo(jsonBefore).contains(older);
        assertThat(JSON.readTree(jsonBefore).size()).isEqualTo(2);
        // and as one stored by the version that kept renditions as text rather than UTF-8 bytes
        var rows = database.getCollection(OpenDataStore.collectionName(DatasetKind.IDEAS));
        assertThat(rows.find(com.mongodb.client.model.Filters.eq("_id", kept)).first().get(OpenDataStore.CSV))
                .isInstanceOf(org.bson.types.Binary.class);
        String[] lines = csvBefore.split("\r\n");
        String keptLine = java.util.Arrays.stream(lines).filter(l -> l.startsWith(kept)).findFirst().orElseThrow();
        tools.jackson.databind.JsonNode keptObject = java.util.stream.StreamSupport.stream(JSON.readTree(jsonBefore).spliterator(), false)
                .filter(o -> o.path("id").asString().equals(kept)).findFirst().orElseThrow();
        rows.updateOne(com.mongodb.client.model.Filters.eq("_id", kept), com.mongodb.client.model.Updates.combine(
                com.mongodb.client.model.Updates.set(OpenDataStore.CSV, keptLine + "\r\n"),
                com.mongodb.client.model.Updates.set(OpenDataStore.JSON, JSON.writeValueAsString(keptObject))));
        assertThat(text(get("/api/datasets/ideas-older-commune/rows.csv"))).isEqualTo(csvBefore);
        assertThat(JSON.readTree(text(get("/api/datasets/ideas-older-commune/rows.json"))))
                .isEqualTo(JSON.readTree(jsonBefore));
    }

    @Test
    void publishedProjectsTheirActivitiesAndAdoptedPlansArePublicUntilUnpublished() {
        String project = Ids.newId();
        String hidden = Ids.newId();
        String draftPlan = Ids.newId();
        String adoptedPlan = Ids.newId();
        ProjectCard v1 = OpenDataEvents.project(project, "tetouan", 1, true)
                .addActivities(OpenDataEvents.activity("a1", "احداث خلية التواصل", "2024-01-01", "2024-06-30", "60"))
                .addActivities(OpenDataEvents.activity("a2", "اصدار نشرات اخبارية", "2024-07-01", "2025-06-30", "40.00"))
                .build();
        TestEvents.publish(List.of(OpenDataEvents.formulated(v1),
                OpenDataEvents.formulated(OpenDataEvents.project(hidden, "tetouan", 1, false).build()),
                OpenDataEvents.plan(draftPlan, "tetouan", "DRAFT", 1),
                OpenDataEvents.plan(adoptedPlan, "tetouan", "ADOPTED", 3)));
        Eventually.until("the project, its activities and the adopted plan", WAIT,
                () -> rows("projects-tetouan") == 1 && rows("activities-tetouan") == 2 && rows("plans-tetouan") == 1
                        && store.storedRows(DatasetKind.PROJECTS) >= 2 && row("plans-tetouan", adoptedPlan) != null);
        assertThat(row("projects-tetouan", project)).containsEntry("estimated_budget", "25000.50")
                .containsEntry("title_ar", "تجويد آليات التواصل").containsEntry("progress", "12.50")
                .containsEntry("principles", "TRANSPARENCY_AND_ACCOUNTABILITY;CITIZEN_PARTICIPATION")
                .containsEntry("activities", 2L).containsEntry("region", TTA);
        assertThat(row("projects-tetouan", hidden)).isNull();
        assertThat(row("activities-tetouan", project + "/a1")).containsEntry("project_id", project)
                .containsEntry("weight", "60").containsEntry("estimated_cost", "12000.50").containsEntry("start", "2024-01-01");
        assertThat(row("plans-tetouan", adoptedPlan)).containsEntry("adoption_session", "دورة فبراير")
                .containsEntry("status", "ADOPTED").containsEntry("adoption_date", "2024-02-05");
        assertThat(catalog.dataset("projects-tetouan").orElseThrow().temporalEnd()).hasToString("2025-06-30");

        // an edit drops an activity; then unpublishing removes the project and its activities
        ProjectCard v2 = v1.toBuilder().clearActivities().addActivities(v1.getActivities(0)).setVersion(2).build();
        TestEvents.publish(List.of(OpenDataEvents.formulated(v2)));
        Eventually.until("one activity left", WAIT, () -> rows("activities-tetouan") == 1);
        assertThat(row("activities-tetouan", project + "/a2")).isNull();

        TestEvents.publish(List.of(OpenDataEvents.publication(v2.toBuilder().setPublished(false).setVersion(3).build())));
        Eventually.until("the unpublished project gone", WAIT,
                () -> rows("projects-tetouan") == 0 && rows("activities-tetouan") == 0);
        assertThat(firstRows("projects-tetouan")).isEmpty();
        assertThat(firstRows("activities-tetouan")).isEmpty();

        // an older publication replayed does not bring it back
        publishAndAwait(OpenDataSubscriptions.PROJECTS, List.of(OpenDataEvents.formulated(v1)));
        assertThat(rows("projects-tetouan")).isZero();
        assertThat(firstRows("activities-tetouan")).isEmpty();
    }

    @Test
    void meetingsConsultationsAndFiledPetitionsArePublicContributionsAndDraftsAreNot() {
        String meeting = Ids.newId();
        String consultation = Ids.newId();
        String draft = Ids.newId();
        String filed = Ids.newId();
        var card = OpenDataEvents.consultation(consultation, "chefchaouen");
        TestEvents.publish(List.of(OpenDataEvents.meeting(meeting, "chefchaouen"), OpenDataEvents.summaryPublished(card),
                OpenDataEvents.contribution(Ids.newId(), card)));
        TestEvents.publish(List.of(OpenDataEvents.petitionStatus(OpenDataEvents.petition(draft, "chefchaouen", "DRAFT", 1).build()),
                OpenDataEvents.petitionStatus(OpenDataEvents.petition(filed, "chefchaouen", "FILED", 3).build())));
        Eventually.until("meeting, consultation and petition rows", WAIT,
                () -> rows("meetings-chefchaouen") == 1 && rows("consultations-chefchaouen") == 1
                        && rows("petitions-chefchaouen") == 1 && row("petitions-chefchaouen", filed) != null);
        assertThat(row("meetings-chefchaouen", meeting)).containsEntry("participants_total", 40L)
                .containsEntry("participants_female", 22L).containsEntry("participants_25_34", 30L)
                .containsEntry("ideas_collected", 12L).containsEntry("title_ar", "ورشة الإعداد المشترك");
        assertThat(row("consultations-chefchaouen", consultation)).containsEntry("contributions_published", 7L)
                .containsEntry("participants_total", 9L).containsEntry("status", "SUMMARY_PUBLISHED");
        assertThat(row("petitions-chefchaouen", filed)).containsEntry("association_name", "جمعية الأمل للتنمية")
                .containsEntry("signatures", 130L).containsEntry("required_signatures", 100L)
                .containsEntry("threshold_source", "Loi organique 113.14, art. 123").containsEntry("filed_on", "2025-01-15");
        assertThat(row("petitions-chefchaouen", draft)).isNull();
        assertThat(catalog.datasets()).extracting(Dataset::name).noneMatch(name -> name.contains("contribution"));
    }

    @Test
    void downloadsStreamCsvJsonAndTheDataPackageWithCachingAndGzip() throws Exception {
        List<String> ids = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = Ids.newId();
            ids.add(id);
            events.add(OpenDataEvents.submitted(OpenDataEvents.idea(id, "ouazzane", 100 + i, 1).build()));
        }
        TestEvents.publish(events);
        Eventually.until("five rows", WAIT, () -> rows("ideas-ouazzane") == 5);
        List<String> sorted = ids.stream().sorted().toList();

        HttpResponse<byte[]> csv = get("/api/datasets/ideas-ouazzane/rows.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Encoding")).isEmpty();
        String body = text(csv);
        assertThat(csv.body()[0]).isEqualTo((byte) 'i');
        String[] lines = body.split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo(String.join(",", catalog.schema(DatasetKind.IDEAS).fields().stream()
                .map(TableSchema.Field::name).toList()));
        for (int i = 0; i < 5; i++) {
            assertThat(lines[i + 1]).as("keyset order across batches of 2").startsWith(sorted.get(i) + ",ouazzane," + TTA);
        }
        assertThat(body).contains("\"ضعف الإنارة العمومية، في \"\"الحي\"\" القديم\"", "تعميم الإنارة بالطاقة الشمسية");

        HttpResponse<byte[]> withBom = get("/api/datasets/ideas-ouazzane/rows.csv?bom=true");
        assertThat(Arrays.copyOf(withBom.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(withBom.body(), 3, withBom.body().length - 3, StandardCharsets.UTF_8)).isEqualTo(body);

        HttpResponse<byte[]> json = get("/api/datasets/ideas-ouazzane/rows.json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        List<Map<String, Object>> rows = JSON.readValue(json.body(), List.class);
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(sorted);
        assertThat(rows.getFirst()).containsEntry("number", 100 + ids.indexOf(sorted.getFirst()))
                .containsEntry("problem", "ضعف الإنارة العمومية، في \"الحي\" القديم").containsEntry("outcome_ar", null);

        Map<String, Object> pkg = JSON.readValue(get("/api/datasets/ideas-ouazzane/datapackage.json").body(), Map.class);
        assertThat(pkg).containsEntry("name", "ideas-ouazzane").containsEntry("profile", "tabular-data-package");
        assertThat((List<Map<String, Object>>) pkg.get("licenses")).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("name", "ODbL-1.0").containsKeys("path", "title"));
        List<Map<String, Object>> resources = (List<Map<String, Object>>) pkg.get("resources");
        assertThat(resources).extracting(r -> r.get("path")).containsExactly("rows.csv", "rows.json");
        Map<String, Object> schema = (Map<String, Object>) resources.getFirst().get("schema");
        assertThat(resources.getFirst()).containsEntry("format", "csv").containsEntry("mediatype", "text/csv")
                .containsEntry("encoding", "utf-8");
        assertThat(schema).containsEntry("primaryKey", List.of("id"));
        assertThat((List<Map<String, Object>>) schema.get("fields")).extracting(f -> f.get("name"))
                .containsExactlyElementsOf(catalog.schema(DatasetKind.IDEAS).fields().stream()
                        .map(TableSchema.Field::name).toList());

        // caching: ETag and Last-Modified, 304 while nothing changed
        String etag = csv.headers().firstValue("ETag").orElseThrow();
        String lastModified = csv.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        assertThat(get("/api/datasets/ideas-ouazzane/rows.csv", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/api/datasets/ideas-ouazzane/rows.csv", "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(get("/api/datasets/ideas-ouazzane/rows.csv", "If-None-Match", "W/\"other\"").statusCode())
                .isEqualTo(200);

        // gzip when asked, the same bytes inside
        HttpResponse<byte[]> zipped = get("/api/datasets/ideas-ouazzane/rows.csv", "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(body);
        }

        // a new row: the old ETag no longer matches
        TestEvents.publish(List.of(OpenDataEvents.submitted(OpenDataEvents.idea(Ids.newId(), "ouazzane", 200, 1).build())));
        Eventually.until("the sixth row", WAIT, () -> rows("ideas-ouazzane") == 6);
        HttpResponse<byte[]> changed = get("/api/datasets/ideas-ouazzane/rows.csv", "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(text(changed).split("\r\n")).hasSize(7);

        // the catalogue API
        Response one = call("/api/datasets/ideas-ouazzane");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).containsEntry("name", "ideas-ouazzane").containsEntry("rows", 6).containsEntry("kind", "IDEAS")
                .containsEntry("license", "odc-odbl").containsKey("schema");
        assertThat((Map<String, Object>) one.body().get("publisher")).containsEntry("slug", "ouazzane");
        Response list = call("/api/datasets?member=ouazzane");
        assertThat((List<Map<String, Object>>) list.body().get("items")).extracting(d -> d.get("name"))
                .containsExactly("ideas-ouazzane", "statistics-ouazzane");
        assertThat(list.body()).containsEntry("totalItems", 2);
        Response paged = call("/api/datasets?member=ouazzane&size=1&page=1");
        assertThat((List<Map<String, Object>>) paged.body().get("items")).extracting(d -> d.get("name"))
                .containsExactly("statistics-ouazzane");
        assertThat(paged.body()).containsEntry("totalPages", 2);
        assertThat(call("/api/datasets?member=ouazzane&kind=ideas").body()).containsEntry("totalItems", 1);
        Response byKind = call("/api/datasets?kind=ideas&region=" + TTA + "&size=200");
        assertThat((List<Map<String, Object>>) byKind.body().get("items")).extracting(d -> d.get("kind"))
                .containsOnly("IDEAS");
        assertThat(call("/api/datasets?kind=BOGUS").body()).containsEntry("code", "invalid-input");

        // unknown datasets
        for (String path : List.of("/api/datasets/nope-nowhere", "/api/datasets/nope-nowhere/rows.csv",
                "/api/datasets/nope-nowhere/rows.json", "/api/datasets/nope-nowhere/datapackage.json")) {
            Response missing = call(path);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).containsEntry("code", "dataset.not-found");
        }
    }

    @Test
    void personalDataNeverLeavesInAnyDownloadOrAnswer() throws Exception {
        String email = "fatima.idrissi@example.ma";
        MemberCard member = MemberCard.newBuilder().setSlug("ksar-el-kebir").setKind(MemberKind.MEMBER_KIND_COMMUNE)
                .setName(ma.remacto.events.v1.LocalizedText.newBuilder().setAr("جماعة القصر الكبير").setFr("Commune de Ksar El Kebir"))
                .setRegionSlug(TTA).setPopulation(126_000).setContactEmail(email)
                .setStatus(MemberStatus.MEMBER_STATUS_ACTIVE).setVersion(1).build();
        TestEvents.publish(List.of(new DomainEvent(Topics.MEMBERS, "MemberRegistered", 1, "Member", "ksar-el-kebir", 1,
                "ksar-el-kebir", MemberRegistered.newBuilder().setMember(member).build())));
        Eventually.until("the member", WAIT, () -> directory.find("ksar-el-kebir").isPresent());

        String idea = Ids.newId();
        var consultation = OpenDataEvents.consultation(Ids.newId(), "ksar-el-kebir");
        TestEvents.publish(List.of(OpenDataEvents.submitted(OpenDataEvents.idea(idea, "ksar-el-kebir", 1, 1).build())));
        TestEvents.publish(List.of(OpenDataEvents.petitionStatus(
                OpenDataEvents.petition(Ids.newId(), "ksar-el-kebir", "FILED", 2).build())));
        publishAndAwait(OpenDataSubscriptions.CONSULTATIONS, List.of(OpenDataEvents.summaryPublished(consultation),
                OpenDataEvents.contribution(Ids.newId(), consultation)));
        Eventually.until("the rows", WAIT, () -> rows("ideas-ksar-el-kebir") == 1 && rows("petitions-ksar-el-kebir") == 1
                && rows("consultations-ksar-el-kebir") == 1);
        assertThat(catalog.dataset("ideas-ksar-el-kebir").orElseThrow().title().fr())
                .isEqualTo("Idées de la commune de Ksar El Kebir");

        List<String> answers = new ArrayList<>();
        answers.add(text(get("/api/datasets?size=200")));
        for (Dataset dataset : catalog.datasets()) {
            String base = "/api/datasets/" + dataset.name();
            for (String path : List.of(base, base + "/rows.csv", base + "/rows.csv?bom=true", base + "/rows.json",
                    base + "/datapackage.json")) {
                HttpResponse<byte[]> response = get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                answers.add(text(response));
            }
        }
        String everything = String.join("\n", answers);
        assertThat(everything).as("the downloads carry the public texts").contains("تعميم الإنارة بالطاقة الشمسية",
                "جمعية الأمل للتنمية", "جماعة القصر الكبير", idea);
        assertThat(everything).doesNotContain(PERSON, email, "تعليق شخصي", "\"note\"", "ملاحظة", "system:test");
    }
}
