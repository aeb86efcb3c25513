package ma.remacto.opendata.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import ma.remacto.opendata.application.DatasetCatalog;
import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.opendata.domain.LocalizedText;
import ma.remacto.opendata.domain.Publisher;
import ma.remacto.opendata.domain.Resource;
import ma.remacto.opendata.domain.RowSchemas;
import ma.remacto.opendata.domain.TableSchema;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;

import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * The catalogue from the {@code datasets} collection (one small document per dataset, kept with every row change),
 * with publishers' names and regions from the member read model.
 */
@Service
public class MongoDatasetCatalog implements DatasetCatalog {

    public static final LocalizedText NETWORK_NAME = new LocalizedText(
            "الشبكة المغربية للجماعات الترابية المنفتحة", "Réseau marocain des collectivités territoriales ouvertes");

    private final OpenDataStore store;
    private final MemberDirectory directory;

    public MongoDatasetCatalog(OpenDataStore store, MemberDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public List<Dataset> datasets() {
        return store.datasetDocuments().stream().map(this::dataset).toList();
    }

    @Override
    public Optional<Dataset> dataset(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        Document byName = store.datasetDocument(nameOrId);
        if (byName != null) {
            return Optional.of(dataset(byName));
        }
        return datasets().stream().filter(d -> d.id().equals(nameOrId)).findFirst();
    }

    /** The dataset's revision (grows with every row change), for ETags; -1 when unknown. */
    public long revision(String name) {
        Document d = store.datasetDocument(name);
        return d == null || d.get("revision") == null ? -1 : ((Number) d.get("revision")).longValue();
    }

    @Override
    public Optional<Resource> resource(String id) {
        for (String format : List.of("-csv", "-json", "-datapackage")) {
            if (id != null && id.endsWith(format)) {
                String name = id.substring(0, id.length() - format.length());
                return dataset(name).flatMap(d -> d.resources().stream().filter(r -> r.id().equals(id)).findFirst());
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Publisher> publishers() {
        Map<String, Publisher> bySlug = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        List<Dataset> all = datasets();
        for (Dataset d : all) {
            String slug = d.publisherSlug() == null ? Dataset.NETWORK : d.publisherSlug();
            counts.merge(slug, 1L, Long::sum);
        }
        for (Dataset d : all) {
            String slug = d.publisherSlug() == null ? Dataset.NETWORK : d.publisherSlug();
            String kind = d.publisherSlug() == null ? "NETWORK"
                    : directory.find(slug).map(MemberDirectoryEntry::kind).orElse("COMMUNE");
            bySlug.putIfAbsent(slug, new Publisher(slug, uuid("publisher:" + slug), d.publisherName(), kind,
                    d.regionSlug(), counts.get(slug)));
        }
        return new ArrayList<>(bySlug.values());
    }

    @Override
    public Optional<Publisher> publisher(String slugOrId) {
        return publishers().stream().filter(p -> p.slug().equals(slugOrId) || p.id().equals(slugOrId)).findFirst();
    }

    @Override
    public TableSchema schema(DatasetKind kind) {
        return RowSchemas.of(kind);
    }

    @Override
    public List<Map<String, Object>> firstRows(String datasetName, int limit) {
        Document d = store.datasetDocument(datasetName);
        if (d == null || limit <= 0) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        store.forEachRow(DatasetKind.valueOf(d.getString("kind")), d.getString("member"), limit,
                row -> rows.add(new LinkedHashMap<>(row)));
        return rows;
    }

    /** The dataset's rows in primary-key order as CSV lines (UTF-8, CRLF included), streamed in batches. */
    public void forEachCsvLine(Dataset dataset, java.util.function.Consumer<byte[]> sink) {
        store.forEachRendered(dataset.kind(), dataset.publisherSlug(), OpenDataStore.CSV, sink);
    }

    /** The dataset's rows in primary-key order as JSON objects (UTF-8), streamed in batches. */
    public void forEachJsonObject(Dataset dataset, java.util.function.Consumer<byte[]> sink) {
        store.forEachRendered(dataset.kind(), dataset.publisherSlug(), OpenDataStore.JSON, sink);
    }

    private Dataset dataset(Document d) {
        String name = d.getString("_id");
        DatasetKind kind = DatasetKind.valueOf(d.getString("kind"));
        String member = d.getString("member");
        Optional<MemberDirectoryEntry> entry = member == null ? Optional.empty() : directory.find(member);
        LocalizedText publisher = member == null ? NETWORK_NAME
                : entry.map(e -> new LocalizedText(e.nameAr(), e.nameFr())).orElse(new LocalizedText(member, member));
        String region = member == null ? null
                : d.getString("region") != null ? d.getString("region") : entry.map(MemberDirectoryEntry::regionSlug).orElse(null);
        LocalizedText kindName = RowSchemas.name(kind);
        LocalizedText title = member == null
                ? new LocalizedText(kindName.ar() + " - الشبكة المغربية للجماعات الترابية المنفتحة",
                        kindName.fr() + " du réseau REMACTO")
                : new LocalizedText(kindName.ar() + " " + publisher.ar(), kindName.fr() + " de la " + lowerFirst(publisher.fr()));
        LocalizedText description = new LocalizedText(
                kindName.ar() + " " + (member == null ? "جميع أعضاء الشبكة" : publisher.ar())
                        + "، بيانات عمومية غير شخصية تُحيَّن باستمرار من منصة الشبكة.",
                kindName.fr() + " " + (member == null ? "de tous les membres du réseau" : "de la " + lowerFirst(publisher.fr()))
                        + " : données publiques, non personnelles, mises à jour en continu depuis la plateforme du réseau.");
        Instant created = instant(d.getDate("created"));
        Instant modified = instant(d.getDate("modified"));
        List<Resource> resources = List.of(
                new Resource(name + "-csv", name, "CSV", new LocalizedText("الصفوف (CSV)", "Lignes (CSV)"),
                        "/api/datasets/" + name + "/rows.csv", "text/csv", 0, created, modified),
                new Resource(name + "-json", name, "JSON", new LocalizedText("الصفوف (JSON)", "Lignes (JSON)"),
                        "/api/datasets/" + name + "/rows.json", "application/json", 1, created, modified),
                new Resource(name + "-datapackage", name, "datapackage",
                        new LocalizedText("حزمة البيانات (Frictionless)", "Data Package (Frictionless)"),
                        "/api/datasets/" + name + "/datapackage.json", "application/vnd.datapackage+json", 2, created,
                        modified));
        long rows = d.get("rows") == null ? 0 : ((Number) d.get("rows")).longValue();
        return new Dataset(name, uuid("dataset:" + name), kind, title, description, member, publisher, region,
                Dataset.LICENSE, "CONT", date(d.getString("temporalStart")), date(d.getString("temporalEnd")),
                member == null ? "MA" : member, rows, List.of(kindName.ar(), kindName.fr(), "REMACTO"), resources,
                created, modified);
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(("remacto:" + seed).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
