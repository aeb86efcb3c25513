package ma.remacto.search.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;

import ma.remacto.search.domain.Rebuild;
import ma.remacto.search.domain.Rebuild.Phase;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds and their progress ({@code rebuilds}, one document each, readable from any replica) and the lock that
 * allows one at a time across replicas ({@code rebuild_lock}: a lease the running rebuild renews; a rebuild whose
 * instance died loses it when the lease runs out).
 */
@Repository
public class RebuildRepository {

    private static final String LOCK = "proposals";
    private static final java.util.List<String> RUNNING = java.util.Arrays.stream(Phase.values())
            .filter(p -> !p.isFinal()).map(Phase::name).toList();

    private final MongoCollection<Document> rebuilds;
    private final MongoCollection<Document> locks;

    public RebuildRepository(MongoDatabase database) {
        this.rebuilds = database.getCollection("rebuilds");
        this.locks = database.getCollection("rebuild_lock");
    }

    /** Takes the lock for a rebuild, unless another holds a lease that has not run out. */
    public boolean acquire(String rebuildId, Instant now, Duration lease) {
        try {
            locks.findOneAndUpdate(and(eq("_id", LOCK), or(eq("owner", rebuildId), lt("until", Date.from(now)))),
                    Updates.combine(Updates.set("owner", rebuildId), Updates.set("until", Date.from(now.plus(lease)))),
                    new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        } catch (MongoCommandException e) {
            if (e.getErrorCode() == 11000) {
                return false;
            }
            throw e;
        }
    }

    /** The rebuild holding a valid lease, if any. */
    public Optional<String> holder(Instant now) {
        return Optional.ofNullable(locks.find(and(eq("_id", LOCK), gte("until", Date.from(now)))).first())
                .map(d -> d.getString("owner"));
    }

    /** Extends the lease; false when the rebuild no longer holds it. */
    public boolean renew(String rebuildId, Instant now, Duration lease) {
        return locks.updateOne(and(eq("_id", LOCK), eq("owner", rebuildId)),
                Updates.set("until", Date.from(now.plus(lease)))).getMatchedCount() > 0;
    }

    public void release(String rebuildId) {
        locks.deleteOne(and(eq("_id", LOCK), eq("owner", rebuildId)));
    }

    /** Rebuilds left unfinished by an instance that stopped: with the lock in hand, none of them can be running. */
    public void failAbandoned(String currentId, Instant now) {
        rebuilds.updateMany(and(ne("_id", currentId), in("phase", RUNNING)), Updates.combine(
                Updates.set("phase", Phase.FAILED.name()),
                Updates.set("error", "abandoned: the instance running it stopped"),
                Updates.set("finishedAt", Date.from(now))));
    }

    public void save(Rebuild r) {
        Document d = new Document("_id", r.id())
                .append("phase", r.phase().name())
                .append("recordsRead", r.recordsRead())
                .append("recordsTotal", r.recordsTotal())
                .append("progress", r.progress())
                .append("documentsIndexed", r.documentsIndexed())
                .append("staleSkipped", r.staleSkipped())
                .append("unreadable", r.unreadable())
                .append("newIndex", r.newIndex())
                .append("previousIndex", r.previousIndex())
                .append("requestedBy", r.requestedBy())
                .append("startedAt", date(r.startedAt()))
                .append("swappedAt", date(r.swappedAt()))
                .append("finishedAt", date(r.finishedAt()))
                .append("error", r.error());
        rebuilds.replaceOne(eq("_id", r.id()), d, new ReplaceOptions().upsert(true));
    }

    public Optional<Rebuild> find(String id) {
        return Optional.ofNullable(rebuilds.find(eq("_id", id)).first()).map(RebuildRepository::rebuild);
    }

    private static Rebuild rebuild(Document d) {
        return new Rebuild(d.getString("_id"), Phase.valueOf(d.getString("phase")), number(d, "recordsRead"),
                number(d, "recordsTotal"), ((Number) d.get("progress")).doubleValue(), number(d, "documentsIndexed"),
                number(d, "staleSkipped"), number(d, "unreadable"), d.getString("newIndex"), d.getString("previousIndex"),
                d.getString("requestedBy"), instant(d, "startedAt"), instant(d, "swappedAt"), instant(d, "finishedAt"),
                d.getString("error"));
    }

    private static long number(Document d, String key) {
        Object value = d.get(key);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
