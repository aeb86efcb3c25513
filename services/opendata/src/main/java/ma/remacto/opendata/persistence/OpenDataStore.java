package ma.remacto.opendata.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import com.mongodb.MongoCursorNotFoundException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import ma.remacto.opendata.application.RowChange;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.opendata.domain.RowRenditions;
import ma.remacto.opendata.domain.RowSchemas;
import ma.remacto.opendata.domain.TableSchema;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.ReadModelCopies;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * The rows of every kind (one collection per kind, {@code rows_<kind>}, {@code _id} = the record id) and the
 * metadata of every dataset ({@code datasets}, {@code _id} = the dataset name), kept together from events.
 *
 * <p>A row document: {@code _id}, {@code version} (the card's), {@code member}, {@code region}, {@code public}
 * (exported or not), {@code row} (the columns; absent when not public), {@code start}/{@code end} (ISO dates),
 * {@code changedAt}. A dataset document: {@code kind}, {@code member} (absent for the network), {@code region},
 * {@code rows}, {@code temporalStart}/{@code temporalEnd}, {@code created}, {@code modified}, {@code revision}
 * (grows with every row change: the downloads' ETag).
 *
 * <p>A record's row is written only by the consumer of its topic partition, so reading its version then writing it
 * does not race; a dataset's metadata is shared by many records and changes only by increments and min/max updates
 * ({@link DatasetTally}), never read first. Every write is an equality on {@code _id}.
 */
@Repository
public class OpenDataStore {

    public static final String DATASETS = "datasets";
    public static final String NETWORK = "network";
    /** The fields holding a row's renditions. */
    public static final String CSV = "csv";
    public static final String JSON = "json";

    private final MongoCollection<Document> datasets;
    private final MemberDirectory directory;
    private static final int MAX_REOPENED = 10;

    private final Map<DatasetKind, MongoCollection<Document>> rows = new EnumMap<>(DatasetKind.class);
    private final int pageSize;
    private final int batchSize;

    public OpenDataStore(MongoDatabase database, MemberDirectory directory,
            @Value("${remacto.opendata.export-page-size:1000000}") int pageSize,
            @Value("${remacto.opendata.export-batch-size:1000}") int batchSize) {
        this.directory = directory;
        this.pageSize = pageSize;
        this.batchSize = batchSize;
        this.datasets = database.getCollection(DATASETS);
        for (DatasetKind kind : DatasetKind.values()) {
            MongoCollection<Document> collection = database.getCollection(collectionName(kind));
            // For real MongoDB: a member's rows in key order (the MongoDB-wire server of the tests ignores it).
            collection.createIndex(Indexes.ascending("member", "_id"));
            rows.put(kind, collection);
        }
    }

    public static String collectionName(DatasetKind kind) {
        return "rows_" + kind.name().toLowerCase();
    }

    public static String datasetName(DatasetKind kind, String member) {
        return kind.name().toLowerCase() + "-" + (member == null ? NETWORK : member);
    }

    /** The member's region from the read model, or null while it is unknown. */
    public String regionOf(String member) {
        return member == null || member.isBlank() ? null
                : directory.find(member).map(MemberDirectoryEntry::regionSlug).orElse(null);
    }

    /** Applies a row change unless the stored row is as new or newer; returns whether it did. */
    public boolean apply(RowChange change) {
        return !applyAll(List.of(change)).isEmpty();
    }

    /**
     * Applies many row changes at once (one poll of a topic): a change is applied unless the stored row, or a later
     * change to the same record in the list, is as new or newer. One read of the stored rows per kind, then one bulk
     * write each for the rows, the idea statistics and the datasets' metadata. Returns the changes applied.
     *
     * <p>The row writes filter on {@code _id} alone (what an index answers on every MongoDB-wire server) after the
     * version check here: a record's events all come from one partition of its topic, read by one consumer.
     */
    public List<RowChange> applyAll(List<RowChange> changes) {
        Map<DatasetKind, Map<String, RowChange>> newest = new EnumMap<>(DatasetKind.class);
        for (RowChange change : changes) {
            newest.computeIfAbsent(change.kind(), k -> new LinkedHashMap<>())
                    .merge(change.id(), change, (a, b) -> b.version() > a.version() ? b : a);
        }
        Map<String, String> regions = new HashMap<>();
        // The rows already carry their member's region (looked up while they were built): no second lookup.
        for (RowChange change : changes) {
            if (change.row() != null && change.row().get("region") instanceof String region) {
                regions.putIfAbsent(change.member(), region);
            }
        }
        // Members' regions, read once per batch ("" while a member is unknown).
        Function<String, String> regionOfMember = member -> blankToNull(regions.computeIfAbsent(member,
                m -> Objects.requireNonNullElse(regionOf(m), "")));
        DatasetTally datasets = new DatasetTally();
        IdeaStatistics statistics = new IdeaStatistics();
        List<RowChange> applied = new ArrayList<>();
        for (Map.Entry<DatasetKind, Map<String, RowChange>> kind : newest.entrySet()) {
            MongoCollection<Document> collection = rows.get(kind.getKey());
            TableSchema schema = RowSchemas.of(kind.getKey());
            Map<String, Document> stored = new HashMap<>();
            collection.find(in("_id", kind.getValue().keySet())).forEach(d -> stored.put(d.getString("_id"), d));
            List<UpdateOneModel<Document>> writes = new ArrayList<>();
            for (RowChange change : kind.getValue().values()) {
                Document before = stored.get(change.id());
                if (before != null && ((Number) before.get(ReadModelCopies.VERSION)).longValue() >= change.version()) {
                    continue;
                }
                String region = change.row() != null && change.row().get("region") instanceof String r ? r
                        : regionOfMember.apply(change.member());
                writes.add(new UpdateOneModel<>(eq("_id", change.id()), Updates.combine(
                        Updates.set("member", change.member()), Updates.set("region", region),
                        Updates.set("public", change.published()),
                        Updates.set("row", change.row() == null ? null : new Document(change.row())),
                        Updates.set(CSV, change.row() == null ? null : utf8(RowRenditions.csv(schema, change.row()))),
                        Updates.set(JSON, change.row() == null ? null : utf8(RowRenditions.json(schema, change.row()))),
                        Updates.set("start", iso(change.start())), Updates.set("end", iso(change.end())),
                        Updates.set("changedAt", Date.from(change.at())),
                        Updates.set(ReadModelCopies.VERSION, change.version())), new UpdateOptions().upsert(true)));
                tallyMembership(datasets, before, change, regionOfMember);
                if (change.kind() == DatasetKind.IDEAS) {
                    statistics.move(before, change, region);
                }
                applied.add(change);
            }
            if (!writes.isEmpty()) {
                collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            }
        }
        statistics.write(rows.get(DatasetKind.STATISTICS), datasets);
        datasets.write(this.datasets);
        return applied;
    }

    /**
     * The record leaves the datasets it was in (its kind network-wide and its former member's) and joins those it is
     * now in; a dataset it stays in still changes (revision, last modification, coverage).
     */
    private static void tallyMembership(DatasetTally datasets, Document before, RowChange change,
            Function<String, String> regionOf) {
        String was = before != null && Boolean.TRUE.equals(before.getBoolean("public")) ? before.getString("member")
                : null;
        if (was != null) {
            datasets.add(change.kind(), null, null, -1, null, change.at());
            datasets.add(change.kind(), was, regionOf.apply(was), -1, null, change.at());
        }
        if (change.published()) {
            datasets.add(change.kind(), null, null, 1, change, change.at());
            datasets.add(change.kind(), change.member(), regionOf.apply(change.member()), 1, change, change.at());
        }
    }

    /** Hides the rows (not public any more) at that version, unless they are newer; by {@code _id}. */
    public void hide(DatasetKind kind, List<String> ids, String member, long version, Instant at) {
        if (!ids.isEmpty()) {
            applyAll(ids.stream().map(id -> new RowChange(kind, id, version, member, null, null, null, at)).toList());
        }
    }

    /** The ids of a project's activity rows as the stored project row lists them. */
    @SuppressWarnings("unchecked")
    public List<String> activityIds(String projectId) {
        Document project = rows.get(DatasetKind.PROJECTS).find(eq("_id", projectId))
                .projection(Projections.include("activityIds")).first();
        return project == null || project.get("activityIds") == null ? List.of()
                : (List<String>) project.get("activityIds");
    }

    public void rememberActivities(String projectId, List<String> activityIds) {
        // Right after the project row's write at that version, by the same (only) writer of the row.
        rows.get(DatasetKind.PROJECTS).updateOne(eq("_id", projectId), Updates.set("activityIds", activityIds));
    }

    /** Every dataset document, by name. */
    public List<Document> datasetDocuments() {
        return datasets.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    public Document datasetDocument(String name) {
        return datasets.find(eq("_id", name)).first();
    }

    public List<Document> datasetDocuments(List<String> names) {
        return datasets.find(in("_id", names)).into(new ArrayList<>());
    }

    /** Hands the dataset's public rows (their columns) to {@code sink} in {@code _id} order, up to {@code limit} (0: all). */
    public void forEachRow(DatasetKind kind, String member, long limit, Consumer<Document> sink) {
        scan(kind, member, limit, "row", d -> sink.accept(d.get("row", Document.class)));
    }

    /**
     * Hands every public row of the dataset, rendered ({@link #CSV} line or {@link #JSON} object, UTF-8), to
     * {@code sink} in {@code _id} order. Rows are rendered when stored, as UTF-8 bytes, so a download copies bytes
     * from the store to the response without decoding and encoding every character twice; statistics (kept by
     * increments) and rows stored before renditions existed (or as text) are rendered here.
     */
    public void forEachRendered(DatasetKind kind, String member, String rendition, Consumer<byte[]> sink) {
        TableSchema schema = RowSchemas.of(kind);
        Function<Map<String, ?>, byte[]> render = CSV.equals(rendition)
                ? row -> bytes(RowRenditions.csv(schema, row)) : row -> bytes(RowRenditions.json(schema, row));
        if (kind == DatasetKind.STATISTICS) {
            scan(kind, member, 0, "row", d -> sink.accept(render.apply(d.get("row", Document.class))));
            return;
        }
        MongoCollection<Document> collection = rows.get(kind);
        scan(kind, member, 0, rendition, d -> {
            Object rendered = d.get(rendition);
            if (rendered instanceof Binary bytes) {
                sink.accept(bytes.getData());
            } else if (rendered instanceof String text) {
                sink.accept(bytes(text));
            } else {
                Document row = collection.find(eq("_id", d.get("_id"))).projection(Projections.include("row")).first();
                sink.accept(render.apply(row.get("row", Document.class)));
            }
        });
    }

    /**
     * Reads the dataset's public rows in {@code _id} order, only {@code field} of each, at constant memory: keyset
     * pages of {@code export-page-size} rows (each page starts after the last id read), each read through one cursor
     * that fetches {@code export-batch-size} rows at a time. A page's cursor that the server lost (a slow client
     * outlived its timeout) is reopened after the last id read, so nothing is skipped or repeated.
     */
    private void scan(DatasetKind kind, String member, long limit, String field, Consumer<Document> sink) {
        MongoCollection<Document> collection = rows.get(kind);
        String last = null;
        long sent = 0;
        int reopened = 0;
        while (limit <= 0 || sent < limit) {
            List<Bson> filters = new ArrayList<>();
            filters.add(eq("public", true));
            if (member != null) {
                filters.add(eq("member", member));
            }
            if (last != null) {
                filters.add(gt("_id", last));
            }
            int page = limit > 0 ? (int) Math.min(pageSize, limit - sent) : pageSize;
            int inPage = 0;
            try (MongoCursor<Document> cursor = collection.find(and(filters)).sort(Sorts.ascending("_id")).limit(page)
                    .batchSize(Math.min(batchSize, page)).projection(Projections.include(field)).iterator()) {
                while (cursor.hasNext()) {
                    Document d = cursor.next();
                    sink.accept(d);
                    last = d.getString("_id");
                    inPage++;
                    sent++;
                }
            } catch (MongoCursorNotFoundException lost) {
                if (++reopened > MAX_REOPENED) {
                    throw lost;
                }
                continue;
            }
            if (inPage < page) {
                return;
            }
        }
    }

    /** How many rows a kind keeps in all (public or not): for tests and operations. */
    public long storedRows(DatasetKind kind) {
        return rows.get(kind).countDocuments();
    }

    private static Binary utf8(String text) {
        return new Binary(bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
