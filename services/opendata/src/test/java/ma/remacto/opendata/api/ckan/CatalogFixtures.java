package ma.remacto.opendata.api.ckan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import ma.remacto.opendata.application.DatasetCatalog;
import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.opendata.domain.LocalizedText;
import ma.remacto.opendata.domain.Publisher;
import ma.remacto.opendata.domain.Resource;
import ma.remacto.opendata.domain.TableSchema;

/** A fixed catalogue for the CKAN, DCAT and page tests (the real, event-fed catalogue has its own tests). */
public final class CatalogFixtures {

    private CatalogFixtures() {
    }

    public static Dataset dataset(String name, String id, DatasetKind kind, String ar, String fr, String publisher,
            List<String> tags, String modified) {
        Instant created = Instant.parse("2024-01-01T10:00:00Z");
        Instant changed = Instant.parse(modified);
        String base = "/api/datasets/" + name;
        List<Resource> resources = List.of(
                new Resource(name + "-csv", name, "CSV", new LocalizedText("CSV", "CSV"), base + "/rows.csv", "text/csv", 0, created, changed),
                new Resource(name + "-json", name, "JSON", new LocalizedText("JSON", "JSON"), base + "/rows.json", "application/json", 1, created, changed),
                new Resource(name + "-datapackage", name, "datapackage", new LocalizedText("حزمة بيانات", "Data package"),
                        base + "/datapackage.json", "application/vnd.datapackage+json", 2, created, changed));
        return new Dataset(name, id, kind, new LocalizedText(ar, fr),
                new LocalizedText("وصف " + ar, "Description de " + fr), publisher,
                publisher == null ? null : new LocalizedText("جماعة " + publisher, "Commune de " + publisher),
                publisher == null ? null : "tanger-tetouan-al-hoceima", Dataset.LICENSE, "CONT",
                LocalDate.parse("2023-05-01"), LocalDate.parse("2024-06-30"), publisher == null ? "MA" : publisher, 12,
                tags, resources, created, changed);
    }

    public static List<Dataset> datasets() {
        return List.of(
                dataset("ideas-larache", "0b3f-ideas-larache", DatasetKind.IDEAS, "أفكار المواطنين بالعرائش",
                        "Idées des citoyens de Larache", "larache", List.of("أفكار", "participation"), "2024-03-01T09:00:00Z"),
                dataset("projects-larache", "1c2d-projects-larache", DatasetKind.PROJECTS, "مشاريع العرائش",
                        "Projets de Larache", "larache", List.of("مشاريع", "budget"), "2024-04-01T09:00:00Z"),
                dataset("ideas-tetouan", "2a9e-ideas-tetouan", DatasetKind.IDEAS, "أفكار تطوان", "Idées de Tétouan",
                        "tetouan", List.of("أفكار", "participation"), "2024-02-01T09:00:00Z"),
                dataset("petitions-network", "3f00-petitions-network", DatasetKind.PETITIONS, "عرائض الشبكة",
                        "Pétitions du réseau", null, List.of("عرائض"), "2024-05-01T09:00:00Z"),
                dataset("meetings-tetouan", "4e11-meetings-tetouan", DatasetKind.MEETINGS,
                        "<script>alert('x')</script> اجتماعات", "<script>alert(1)</script> Réunions", "tetouan",
                        List.of("اجتماعات"), "2024-01-15T09:00:00Z"));
    }

    /** The fixed catalogue, in place of the real one. */
    public static final class FixedCatalog implements DatasetCatalog {

        private final List<Dataset> datasets;

        public FixedCatalog(List<Dataset> datasets) {
            this.datasets = datasets;
        }

        @Override
        public List<Dataset> datasets() {
            return datasets.stream().sorted(java.util.Comparator.comparing(Dataset::name)).toList();
        }

        @Override
        public Optional<Dataset> dataset(String nameOrId) {
            return datasets.stream().filter(d -> d.name().equals(nameOrId) || d.id().equals(nameOrId)).findFirst();
        }

        @Override
        public Optional<Resource> resource(String id) {
            return datasets.stream().flatMap(d -> d.resources().stream()).filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public List<Publisher> publishers() {
            Map<String, Long> counts = new LinkedHashMap<>();
            datasets.forEach(d -> counts.merge(d.publisherSlug() == null ? Dataset.NETWORK : d.publisherSlug(), 1L, Long::sum));
            List<Publisher> out = new ArrayList<>();
            counts.forEach((slug, count) -> out.add(new Publisher(slug, "org-" + slug,
                    slug.equals(Dataset.NETWORK) ? CkanViews.NETWORK_NAME : new LocalizedText("جماعة " + slug, "Commune de " + slug),
                    slug.equals(Dataset.NETWORK) ? "NETWORK" : "COMMUNE",
                    slug.equals(Dataset.NETWORK) ? null : "tanger-tetouan-al-hoceima", count)));
            out.sort(java.util.Comparator.comparing(Publisher::slug));
            return out;
        }

        @Override
        public Optional<Publisher> publisher(String slugOrId) {
            return publishers().stream().filter(p -> p.slug().equals(slugOrId) || p.id().equals(slugOrId)).findFirst();
        }

        @Override
        public TableSchema schema(DatasetKind kind) {
            return new TableSchema(List.of(
                    new TableSchema.Field("id", "string", new LocalizedText("المعرف", "Identifiant")),
                    new TableSchema.Field("title", "string", new LocalizedText("العنوان", "Titre"))), "id");
        }

        @Override
        public List<Map<String, Object>> firstRows(String datasetName, int limit) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 1; i <= Math.min(limit, 12); i++) {
                rows.add(Map.of("id", datasetName + "-" + i, "title", i == 1 ? "<b>row</b> & co" : "صف " + i));
            }
            return rows;
        }
    }

    /** Registers the fixed catalogue as the primary {@link DatasetCatalog}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class FixedCatalogConfiguration {

        @Bean
        @Primary
        DatasetCatalog fixedCatalog() {
            return new FixedCatalog(datasets());
        }
    }
}
