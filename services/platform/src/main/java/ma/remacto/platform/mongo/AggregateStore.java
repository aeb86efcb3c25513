package ma.remacto.platform.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Writes an aggregate, its history entries and its pending events in ONE document write, which
 * is atomic in MongoDB (and in the MongoDB-wire server) without multi-document transactions.
 * The outbox relay later publishes the pending events and removes them with {@code $pull};
 * state updates use {@code $set}/{@code $push}, never a replace, so a concurrent relay never
 * loses or resurrects an event.
 *
 * <p>Document layout: {@code _id}, {@code version}, the state fields, {@code history} (every
 * state change: who, when, from, to) and {@code pendingEvents}.
 */
public class AggregateStore {

    public static final String ID = "_id";
    public static final String VERSION = "version";
    public static final String HISTORY = "history";
    public static final String PENDING_EVENTS = "pendingEvents";
    /**
     * Set while the document has events to publish, to the document's own id: unique values in a sparse
     * unique index, so finding pending work reads only the pending entries. (A boolean flag would need a
     * non-unique index, which the MongoDB-wire server used locally ignores: every relay round would then
     * scan the whole collection.)
     */
    public static final String OUTBOX_KEY = "outboxKey";
    /**
     * {@code <_id>@<version>}, unique: versioned writes and the relay's clean-up find the document by this one
     * field. MongoDB would answer {@code {_id, version}} from the _id index; the wire server used locally only
     * uses an index for an equality on exactly its single key, and would scan the collection for every write.
     */
    public static final String REVISION = "revision";

    private final MongoCollection<Document> collection;

    public AggregateStore(MongoCollection<Document> collection) {
        this.collection = collection;
        collection.createIndex(Indexes.ascending(OUTBOX_KEY), new IndexOptions().unique(true).sparse(true));
        collection.createIndex(Indexes.ascending(REVISION), new IndexOptions().unique(true).sparse(true));
        addMissingRevisions();
    }

    /** The key of one version of one aggregate. */
    public static String revision(Object id, Object version) {
        return id + "@" + version;
    }

    /** Documents stored before the revision key existed get it once (a scan at start that finds nothing later). */
    private void addMissingRevisions() {
        List<Document> missing = collection.find(Filters.exists(REVISION, false))
                .projection(Projections.include(ID, VERSION)).into(new ArrayList<>());
        for (Document document : missing) {
            collection.updateOne(eq(ID, document.get(ID)),
                    Updates.set(REVISION, revision(document.get(ID), document.get(VERSION))));
        }
    }

    /** Matches the aggregates with events waiting to be published (served by the sparse index). */
    public static Bson pendingOutbox() {
        return Filters.regex(OUTBOX_KEY, "^");
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    /** What a read needs of aggregates: their state, without the history and the events waiting in the outbox. */
    public static final Bson STATE = Projections.exclude(HISTORY, PENDING_EVENTS);

    /** One aggregate's state (see {@link #STATE}). */
    public Optional<Document> findState(Object id) {
        return Optional.ofNullable(collection.find(eq(ID, id)).projection(STATE).first());
    }

    /**
     * One page of aggregates' states matching {@code filter}, in {@code sort} order (which must be total, an
     * {@code _id} last, so pages neither repeat nor skip), with the total count.
     */
    public <T> PageResult<T> page(Bson filter, Bson sort, PageQuery page, Function<Document, T> mapper) {
        long total = collection.countDocuments(filter);
        List<T> items = collection.find(filter).projection(STATE).sort(sort).skip((int) page.offset())
                .limit(page.size()).map(mapper::apply).into(new ArrayList<>());
        return PageResult.of(items, page, total);
    }

    /** One aggregate's recorded changes, oldest first; empty when it does not exist. */
    public List<Document> history(Object id) {
        Document document = collection.find(eq(ID, id)).projection(Projections.include(HISTORY)).first();
        return document == null ? List.of() : document.getList(HISTORY, Document.class, List.of());
    }

    /** Inserts a new aggregate at version 1; a duplicate {@code _id} or unique key raises MongoWriteException. */
    public void insert(Document state, List<Document> history, List<PendingEvent> events) {
        Document document = newAggregate(state, history, events);
        collection.insertOne(document);
        signal(document);
    }

    /**
     * Inserts many new aggregates in one round trip (each document still atomic on its own). Ordered: on a
     * duplicate key the documents before it are stored and the rest are not; callers that must store all or
     * nothing check their keys first.
     */
    public void insertAll(List<NewAggregate> aggregates) {
        if (!aggregates.isEmpty()) {
            List<Document> documents = aggregates.stream().map(a -> newAggregate(a.state(), a.history(), a.events())).toList();
            try {
                collection.insertMany(documents);
            } finally {
                // Those stored before a failure are signalled too; a signal for one that was not stored finds nothing.
                documents.forEach(this::signal);
            }
        }
    }

    /** One aggregate for {@link #insertAll}. */
    public record NewAggregate(Document state, List<Document> history, List<PendingEvent> events) {
    }

    private void signal(Document document) {
        if (document.containsKey(OUTBOX_KEY)) {
            OutboxSignals.staged(collection.getNamespace().getFullName(), document.get(ID));
        }
    }

    private static Document newAggregate(Document state, List<Document> history, List<PendingEvent> events) {
        Document document = new Document(state);
        document.put(VERSION, 1L);
        document.put(REVISION, revision(document.get(ID), 1L));
        document.put(HISTORY, new ArrayList<>(history));
        document.put(PENDING_EVENTS, events.stream().map(PendingEvent::toDocument).toList());
        if (!events.isEmpty()) {
            document.put(OUTBOX_KEY, String.valueOf(document.get(ID)));
        }
        return document;
    }

    /** Applies changed fields if the aggregate is still at {@code expectedVersion}; returns the new version. */
    public long update(Object id, long expectedVersion, Document changes, List<Document> history,
            List<PendingEvent> events) {
        Document set = new Document(changes);
        set.put(VERSION, expectedVersion + 1);
        set.put(REVISION, revision(id, expectedVersion + 1));
        if (!events.isEmpty()) {
            set.put(OUTBOX_KEY, String.valueOf(id));
        }
        Document update = new Document("$set", set);
        Document push = new Document();
        if (!history.isEmpty()) {
            push.put(HISTORY, new Document("$each", history));
        }
        if (!events.isEmpty()) {
            push.put(PENDING_EVENTS, new Document("$each", events.stream().map(PendingEvent::toDocument).toList()));
        }
        if (!push.isEmpty()) {
            update.put("$push", push);
        }
        Bson filter = eq(REVISION, revision(id, expectedVersion));
        UpdateResult result = collection.updateOne(filter, update);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChangeException(collection.getNamespace().getCollectionName(), id, expectedVersion);
        }
        if (!events.isEmpty()) {
            OutboxSignals.staged(collection.getNamespace().getFullName(), id);
        }
        return expectedVersion + 1;
    }
}
