package ma.remacto.platform.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Which aggregates this process has just given events to, per collection (by namespace, {@code db.collection}), so the outbox relay of the same
 * process can fetch them by id instead of looking for pending work. Finding pending work through the sparse
 * index costs the wire server used locally time in proportion to the whole backlog (it reads every entry
 * before applying the limit), which a burst of a million ideas turns into minutes per thousand events; a
 * lookup by id costs the same whatever the backlog. The relay still sweeps the index now and then: for
 * events staged by another replica, before a restart, or dropped here when a queue is full.
 */
public final class OutboxSignals {

    /** Beyond this many waiting ids per collection new ones are dropped (the sweep finds them). */
    static final int CAPACITY = 200_000;

    private static final Map<String, LinkedBlockingQueue<Object>> STAGED = new ConcurrentHashMap<>();

    private OutboxSignals() {
    }

    static void staged(String collection, Object id) {
        queue(collection).offer(id);
    }

    /** Up to {@code max} ids staged in {@code collection} since the last call, oldest first. */
    public static List<Object> drain(String collection, int max) {
        List<Object> ids = new ArrayList<>();
        queue(collection).drainTo(ids, max);
        return ids;
    }

    private static LinkedBlockingQueue<Object> queue(String collection) {
        return STAGED.computeIfAbsent(collection, name -> new LinkedBlockingQueue<>(CAPACITY));
    }
}
