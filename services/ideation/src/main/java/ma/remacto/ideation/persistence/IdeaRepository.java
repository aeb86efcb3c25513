package ma.remacto.ideation.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import ma.remacto.ideation.domain.Idea;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

@Repository
public class IdeaRepository {

    public static final String COLLECTION = "ideas";
    /** The unique index of a member's idea numbers (its name appears in duplicate-key errors). */
    public static final String NUMBER_INDEX = "memberSlug_1_number_1";


    private final AggregateStore store;
    private final ZoneId zone;

    public IdeaRepository(MongoDatabase database, @Value("${remacto.time-zone:Africa/Casablanca}") String zone) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
        this.zone = ZoneId.of(zone);
        store.collection().createIndex(Indexes.ascending("memberSlug", "number"), new IndexOptions().unique(true));
        store.collection().createIndex(Indexes.ascending("memberSlug", "state"));
        store.collection().createIndex(Indexes.ascending("regionSlug", "submittedAt"));
        store.collection().createIndex(Indexes.ascending("axisId"));
        store.collection().createIndex(Indexes.ascending("submitterSubject"));
        // Makes a re-sent workshop batch a no-op instead of a second copy of every row.
        store.collection().createIndex(Indexes.ascending("batchRow"), new IndexOptions().unique(true).sparse(true));
    }

    public Optional<Idea> find(String id) {
        return store.findState(id).map(IdeaDocuments::idea);
    }

    public Optional<Idea> findByNumber(String memberSlug, long number) {
        return Optional.ofNullable(store.collection().find(and(eq("memberSlug", memberSlug), eq("number", number)))
                .projection(AggregateStore.STATE).first()).map(IdeaDocuments::idea);
    }

    /** A new idea with its first history entry and its event; {@code batchRow} only for a workshop row. */
    public record NewIdea(Idea idea, String batchRow, Document history, PendingEvent event) {
    }

    /**
     * Stores new ideas of one member in one write. Numbers were reserved and workshop rows checked before,
     * so in practice nothing collides; if a unique key still does (a concurrent writer), the ideas before it
     * are stored and the rest are not, and re-sending the batch completes it (its rows are idempotent).
     */
    public void insertAll(List<NewIdea> ideas, String regionSlug) {
        store.insertAll(ideas.stream().map(n -> new AggregateStore.NewAggregate(state(n, regionSlug), List.of(n.history()),
                List.of(n.event()))).toList());
    }

    private Document state(NewIdea n, String regionSlug) {
        Document state = IdeaDocuments.state(n.idea(), regionSlug);
        // The month of submission in the platform's time zone, for statistics grouped by month: the wire
        // server's aggregation cannot convert time zones, and grouping by instant would return every idea.
        state.append("submittedMonth", YearMonth.from(n.idea().submittedAt().atZone(zone)).toString());
        if (n.batchRow() != null) {
            state.append("batchRow", n.batchRow());
        }
        return state;
    }

    /** Which of these workshop rows are already stored (one indexed query for the whole batch). */
    public Set<String> recordedBatchRows(List<String> batchRows) {
        return store.collection().find(Filters.in("batchRow", batchRows)).projection(Projections.include("batchRow"))
                .map(d -> d.getString("batchRow")).into(new HashSet<>());
    }

    /** Saves {@code idea} (already at its new version) if the stored one is still at the previous version. */
    public void update(Idea idea, Document changes, Document history, PendingEvent event) {
        store.update(idea.id(), idea.version() - 1, changes, history == null ? List.of() : List.of(history),
                List.of(event));
    }

    public PageResult<Idea> search(IdeaQuery query, PageQuery page) {
        Bson filter = filter(query);
        // Unfiltered, the collection's own count: countDocuments would read every idea (an aggregation).
        long total = filter.toBsonDocument().isEmpty() ? store.collection().estimatedDocumentCount()
                : store.collection().countDocuments(filter);
        Bson sort = switch (query.sort() == null ? IdeaQuery.Sort.NEWEST : query.sort()) {
            case NEWEST -> Sorts.descending("submittedAt", AggregateStore.ID);
            case OLDEST -> Sorts.ascending("submittedAt", AggregateStore.ID);
            case MOST_SUPPORTED -> Sorts.orderBy(Sorts.descending("supportCount"), Sorts.ascending(AggregateStore.ID));
            case NUMBER -> Sorts.ascending("memberSlug", "number");
        };
        List<Idea> items = store.collection().find(filter).projection(AggregateStore.STATE).sort(sort).skip((int) page.offset())
                .limit(page.size()).map(IdeaDocuments::idea).into(new ArrayList<>());
        return PageResult.of(items, page, total);
    }

    public static Bson filter(IdeaQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.memberSlug() != null) {
            filters.add(eq("memberSlug", query.memberSlug()));
        }
        if (query.regionSlug() != null) {
            filters.add(eq("regionSlug", query.regionSlug()));
        }
        if (query.axisId() != null) {
            filters.add(eq("axisId", query.axisId()));
        }
        if (query.state() != null) {
            filters.add(eq("state", query.state().name()));
        }
        if (query.source() != null) {
            filters.add(eq("source", query.source().name()));
        }
        if (query.from() != null) {
            filters.add(gte("submittedAt", Date.from(query.from())));
        }
        if (query.to() != null) {
            filters.add(lt("submittedAt", Date.from(query.to())));
        }
        return filters.isEmpty() ? Filters.empty() : and(filters);
    }

    public PageResult<Idea> bySubmitter(String subject, PageQuery page) {
        Bson filter = eq("submitterSubject", subject);
        long total = store.collection().countDocuments(filter);
        List<Idea> items = store.collection().find(filter).projection(AggregateStore.STATE).sort(Sorts.descending("submittedAt"))
                .skip((int) page.offset()).limit(page.size()).map(IdeaDocuments::idea).into(new ArrayList<>());
        return PageResult.of(items, page, total);
    }

    public List<Document> history(String id) {
        return store.history(id);
    }

    /** Counts by one field of the ideas matching {@code filter}, for statistics. */
    public List<Document> countBy(Bson filter, Document groupKey) {
        return store.collection().aggregate(List.of(
                new Document("$match", filter),
                new Document("$group", new Document("_id", groupKey).append("count", new Document("$sum", 1)))))
                .into(new ArrayList<>());
    }
}
