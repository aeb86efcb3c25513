package ma.remacto.opendata.persistence;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import ma.remacto.opendata.application.RowChange;
import ma.remacto.opendata.domain.DatasetKind;

import org.bson.Document;

/**
 * STATISTICS rows: public ideas per member, axis and state ({@code _id} = {@code ideas/<member>/<axis>/<state>}). A
 * batch moves each idea from its stored state to its new one; the moves are summed and written as one increment per
 * row. A row whose count falls to 0 stays (a zero is a fact too).
 */
final class IdeaStatistics {

    private final Map<String, Count> counts = new LinkedHashMap<>();

    void move(Document before, RowChange change, String region) {
        Document old = before == null || !Boolean.TRUE.equals(before.getBoolean("public")) ? null
                : before.get("row", Document.class);
        String from = old == null ? null
                : key(before.getString("member"), old.getString("axis_code"), old.getString("state"));
        String to = change.row() == null ? null
                : key(change.member(), (String) change.row().get("axis_code"), (String) change.row().get("state"));
        if (Objects.equals(from, to)) {
            return;
        }
        if (from != null) {
            count(from, before.getString("member"), before.getString("region"), old.getString("axis_code"),
                    old.getString("state"), change.at()).delta--;
        }
        if (to != null) {
            count(to, change.member(), region, (String) change.row().get("axis_code"), (String) change.row().get("state"),
                    change.at()).delta++;
        }
    }

    /** Writes the counts and tells {@code datasets} how many statistics rows appeared. */
    void write(MongoCollection<Document> statistics, DatasetTally datasets) {
        if (counts.isEmpty()) {
            return;
        }
        List<Count> all = new ArrayList<>(counts.values());
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        for (Count c : all) {
            writes.add(new UpdateOneModel<>(eq("_id", c.key), Updates.combine(Updates.set("member", c.member),
                    Updates.set("region", c.region), Updates.set("public", true), Updates.set("row.id", c.key),
                    Updates.set("row.member", c.member), Updates.set("row.region", c.region),
                    Updates.set("row.measure", "ideas"), Updates.set("row.axis_code", c.axis),
                    Updates.set("row.state", c.state), Updates.inc("row.count", c.delta),
                    Updates.set("changedAt", Date.from(c.at))), new UpdateOptions().upsert(true)));
        }
        BulkWriteResult result = statistics.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        Set<Integer> inserted = new HashSet<>();
        for (BulkWriteUpsert upsert : result.getUpserts()) {
            inserted.add(upsert.getIndex());
        }
        for (int i = 0; i < all.size(); i++) {
            Count c = all.get(i);
            int added = inserted.contains(i) ? 1 : 0;
            datasets.add(DatasetKind.STATISTICS, null, null, added, null, c.at);
            datasets.add(DatasetKind.STATISTICS, c.member, c.region, added, null, c.at);
        }
    }

    private Count count(String key, String member, String region, String axis, String state, Instant at) {
        Count c = counts.computeIfAbsent(key, k -> new Count(k, member, region, axis, state));
        c.at = c.at == null || at.isAfter(c.at) ? at : c.at;
        return c;
    }

    private static String key(String member, String axis, String state) {
        return "ideas/" + member + "/" + (axis == null ? "-" : axis) + "/" + (state == null ? "-" : state);
    }

    private static final class Count {
        final String key;
        final String member;
        final String region;
        final String axis;
        final String state;
        long delta;
        Instant at;

        Count(String key, String member, String region, String axis, String state) {
            this.key = key;
            this.member = member;
            this.region = region;
            this.axis = axis;
            this.state = state;
        }
    }
}
