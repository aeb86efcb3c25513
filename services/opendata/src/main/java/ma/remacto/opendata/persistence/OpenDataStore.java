package ma.remacto.opendata.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import ma.remacto.opendata.application.RowChange;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.ReadModelCopies;

import org.bson.Document;
import org.bson.conversions.Bson;
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
 * <p>Rows of one kind are written by one subscription, one event at a time, so the read-then-write of a dataset's
 * metadata does not race. Every write is an equality on {@code _id}.
 */
@Repository
public class OpenDataStore {

    public static final String DATASETS = "datasets";
    public static final String NETWORK = "network";

    private final MongoCollection<Document> datasets;
    private final MemberDirectory directory;
    private final Map<DatasetKind, MongoCollection<Document>> rows = new EnumMap<>(DatasetKind.class);

    public OpenDataStore(MongoDatabase database, MemberDirectory directory) {
        this.directory = directory;
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
        MongoCollection<Document> collection = rows.get(change.kind());
        Document before = collection.find(eq("_id", change.id())).first();
        if (before != null && ((Number) before.get(ReadModelCopies.VERSION)).longValue() >= change.version()) {
            return false;
        }
        String region = change.row() != null && change.row().get("region") instanceof String r ? r
                : regionOf(change.member());
        List<Bson> sets = new ArrayList<>(List.of(Updates.set("member", change.member()), Updates.set("region", region),
                Updates.set("public", change.published()),
                Updates.set("row", change.row() == null ? null : new Document(change.row())),
                Updates.set("start", iso(change.start())), Updates.set("end", iso(change.end())),
                Updates.set("changedAt", Date.from(change.at()))));
        if (!ReadModelCopies.upsertIfNewer(collection, change.id(), change.version(), sets)) {
            return false;
        }
        Set<String> was = new LinkedHashSet<>();
        if (before != null && Boolean.TRUE.equals(before.getBoolean("public"))) {
            was.add(datasetName(change.kind(), null));
            was.add(datasetName(change.kind(), before.getString("member")));
        }
        Set<String> is = new LinkedHashSet<>();
        if (change.published()) {
            is.add(datasetName(change.kind(), null));
            is.add(datasetName(change.kind(), change.member()));
        }
        Set<String> touched = new LinkedHashSet<>(was);
        touched.addAll(is);
        for (String name : touched) {
            boolean network = name.equals(datasetName(change.kind(), null));
            String member = network ? null : name.equals(datasetName(change.kind(), change.member())) ? change.member()
                    : before.getString("member");
            touch(name, change.kind(), member, network ? null : regionOf(member),
                    (is.contains(name) ? 1 : 0) - (was.contains(name) ? 1 : 0), change.published() ? change : null,
                    change.at());
        }
        if (change.kind() == DatasetKind.IDEAS) {
            countIdea(before, change, region);
        }
        return true;
    }

    /**
     * STATISTICS rows: ideas per member, axis and state ({@code _id} = {@code ideas/<member>/<axis>/<state>}), moved
     * from the idea's previous state to its new one. A row whose count falls to 0 stays.
     */
    private void countIdea(Document before, RowChange change, String region) {
        Document old = before == null || !Boolean.TRUE.equals(before.getBoolean("public")) ? null
                : before.get("row", Document.class);
        String from = old == null ? null : statisticKey(before.getString("member"), old.getString("axis_code"),
                old.getString("state"));
        String to = change.row() == null ? null : statisticKey(change.member(), (String) change.row().get("axis_code"),
                (String) change.row().get("state"));
        if (java.util.Objects.equals(from, to)) {
            return;
        }
        if (from != null) {
            count(from, before.getString("member"), before.getString("region"), old.getString("axis_code"),
                    old.getString("state"), -1, change.at());
        }
        if (to != null) {
            count(to, change.member(), region, (String) change.row().get("axis_code"), (String) change.row().get("state"),
                    1, change.at());
        }
    }

    private static String statisticKey(String member, String axis, String state) {
        return "ideas/" + member + "/" + (axis == null ? "-" : axis) + "/" + (state == null ? "-" : state);
    }

    private void count(String key, String member, String region, String axis, String state, int delta, Instant at) {
        UpdateResult result = rows.get(DatasetKind.STATISTICS).updateOne(eq("_id", key), Updates.combine(
                Updates.set("member", member), Updates.set("region", region), Updates.set("public", true),
                Updates.set("row.id", key), Updates.set("row.member", member), Updates.set("row.region", region),
                Updates.set("row.measure", "ideas"), Updates.set("row.axis_code", axis), Updates.set("row.state", state),
                Updates.inc("row.count", (long) delta), Updates.set("changedAt", Date.from(at))),
                new UpdateOptions().upsert(true));
        int added = result.getUpsertedId() != null ? 1 : 0;
        touch(datasetName(DatasetKind.STATISTICS, null), DatasetKind.STATISTICS, null, null, added, null, at);
        touch(datasetName(DatasetKind.STATISTICS, member), DatasetKind.STATISTICS, member, region, added, null, at);
    }

    /** Hides the rows (not public any more) at that version, unless they are newer; by {@code _id}. */
    public void hide(DatasetKind kind, List<String> ids, String member, long version, Instant at) {
        for (String id : ids) {
            apply(new RowChange(kind, id, version, member, null, null, null, at));
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

    public void rememberActivities(String projectId, long version, List<String> activityIds) {
        rows.get(DatasetKind.PROJECTS).updateOne(and(eq("_id", projectId), eq(ReadModelCopies.VERSION, version)),
                Updates.set("activityIds", activityIds));
    }

    private void touch(String name, DatasetKind kind, String member, String region, int delta, RowChange change,
            Instant at) {
        Document existing = datasets.find(eq("_id", name)).first();
        String start = existing == null ? null : existing.getString("temporalStart");
        String end = existing == null ? null : existing.getString("temporalEnd");
        if (change != null) {
            start = min(start, iso(change.start()));
            end = max(end, iso(change.end() != null ? change.end() : change.start()));
        }
        Date created = existing == null || existing.getDate("created") == null ? Date.from(at) : existing.getDate("created");
        Date modified = existing == null || existing.getDate("modified") == null
                || existing.getDate("modified").toInstant().isBefore(at) ? Date.from(at) : existing.getDate("modified");
        datasets.updateOne(eq("_id", name), Updates.combine(Updates.set("kind", kind.name()), Updates.set("member", member),
                Updates.set("region", region), Updates.set("temporalStart", start), Updates.set("temporalEnd", end),
                Updates.set("created", created), Updates.set("modified", modified), Updates.inc("rows", delta),
                Updates.inc("revision", 1)), new UpdateOptions().upsert(true));
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

    /**
     * Hands the dataset's public rows to {@code sink} in {@code _id} order, reading {@code batchSize} at a time
     * (keyset paging: the next batch starts after the last id), up to {@code limit} rows (0: all).
     */
    public void forEachRow(DatasetKind kind, String member, int batchSize, long limit, Consumer<Document> sink) {
        MongoCollection<Document> collection = rows.get(kind);
        String last = null;
        long sent = 0;
        while (true) {
            List<Bson> filters = new ArrayList<>();
            filters.add(eq("public", true));
            if (member != null) {
                filters.add(eq("member", member));
            }
            if (last != null) {
                filters.add(gt("_id", last));
            }
            int size = limit > 0 ? (int) Math.min(batchSize, limit - sent) : batchSize;
            List<Document> batch = collection.find(and(filters)).sort(Sorts.ascending("_id")).limit(size)
                    .projection(Projections.include("row")).into(new ArrayList<>(size));
            for (Document d : batch) {
                sink.accept(d.get("row", Document.class));
            }
            sent += batch.size();
            if (batch.size() < size || (limit > 0 && sent >= limit)) {
                return;
            }
            last = batch.getLast().getString("_id");
        }
    }

    /** How many rows a kind keeps in all (public or not): for tests and operations. */
    public long storedRows(DatasetKind kind) {
        return rows.get(kind).countDocuments();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
}
