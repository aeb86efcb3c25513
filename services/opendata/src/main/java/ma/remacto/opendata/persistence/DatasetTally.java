package ma.remacto.opendata.persistence;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import ma.remacto.opendata.application.RowChange;
import ma.remacto.opendata.domain.DatasetKind;

import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What a batch of row changes does to each dataset's metadata, summed in memory and written as one update per
 * dataset. Row counts are increments and coverage and dates are {@code $min}/{@code $max}, so the update needs no
 * read first and two writers of one dataset (two partitions of a topic) cannot lose each other's change.
 */
final class DatasetTally {

    private final Map<String, Change> changes = new LinkedHashMap<>();

    /** The dataset of {@code kind} for {@code member} (null: network-wide) gains {@code delta} rows. */
    void add(DatasetKind kind, String member, String region, int delta, RowChange coverage, Instant at) {
        Change change = changes.computeIfAbsent(OpenDataStore.datasetName(kind, member),
                name -> new Change(kind, member, region));
        change.rows += delta;
        if (coverage != null) {
            change.start = min(change.start, coverage.start());
            change.end = max(change.end, coverage.end() != null ? coverage.end() : coverage.start());
        }
        change.first = change.first == null || at.isBefore(change.first) ? at : change.first;
        change.last = change.last == null || at.isAfter(change.last) ? at : change.last;
    }

    void write(MongoCollection<Document> datasets) {
        if (changes.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        changes.forEach((name, c) -> {
            List<Bson> updates = new ArrayList<>(List.of(Updates.set("kind", c.kind.name()), Updates.set("member", c.member),
                    Updates.set("region", c.region), Updates.setOnInsert("created", Date.from(c.first)),
                    Updates.max("modified", Date.from(c.last)), Updates.inc("rows", (long) c.rows),
                    Updates.inc("revision", 1L)));
            if (c.start != null) {
                updates.add(Updates.min("temporalStart", c.start.toString()));
            }
            if (c.end != null) {
                updates.add(Updates.max("temporalEnd", c.end.toString()));
            }
            writes.add(new UpdateOneModel<>(eq("_id", name), Updates.combine(updates), new UpdateOptions().upsert(true)));
        });
        datasets.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static final class Change {
        final DatasetKind kind;
        final String member;
        final String region;
        long rows;
        LocalDate start;
        LocalDate end;
        Instant first;
        Instant last;

        Change(DatasetKind kind, String member, String region) {
            this.kind = kind;
            this.member = member;
            this.region = region;
        }
    }
}
