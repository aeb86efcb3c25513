package ma.remacto.consultations.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import ma.remacto.consultations.domain.ConsultationCounts;
import ma.remacto.consultations.domain.Contribution;
import ma.remacto.consultations.domain.Moderation;
import ma.remacto.consultations.domain.Position;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.mongo.DocumentValues;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Contributions, one aggregate each. {@code authorKey} ({@code <consultation>|<item>|<subject>}, unique) makes
 * "one contribution per person per item" the database's rule: two concurrent ones cannot both be stored, so
 * counts computed from the stored contributions are exact.
 */
@Repository
public class ContributionRepository {

    public static final String COLLECTION = "contributions";
    static final String AUTHOR_KEY = "authorKey";

    private final AggregateStore store;

    public ContributionRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
        store.collection().createIndex(Indexes.ascending(AUTHOR_KEY), new IndexOptions().unique(true));
    }

    public static String authorKey(String consultationId, String itemId, String subject) {
        return consultationId + "|" + itemId + "|" + subject;
    }

    public Optional<Contribution> find(String id) {
        return store.findState(id).map(ContributionRepository::contribution);
    }

    /** Stores a new contribution; false if this author already contributed on this item. */
    public boolean insert(Contribution contribution, String authorKey, Document history, PendingEvent event) {
        try {
            store.insert(state(contribution).append(AUTHOR_KEY, authorKey), List.of(history), List.of(event));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public void update(Contribution contribution, Document history, PendingEvent event) {
        Document state = state(contribution);
        state.remove(AggregateStore.ID);
        store.update(contribution.id(), contribution.version() - 1, state, List.of(history), List.of(event));
    }

    /** What the counts need of every contribution of a consultation (a read: statistics, summaries, closings). */
    public List<ConsultationCounts.Counted> counted(String consultationId) {
        return store.collection().find(eq("consultationId", consultationId))
                .projection(Projections.include("itemId", "position", "moderation"))
                .map(d -> new ConsultationCounts.Counted(d.getString("itemId"),
                        d.getString("position") == null ? null : Position.valueOf(d.getString("position")),
                        Moderation.valueOf(d.getString("moderation"))))
                .into(new ArrayList<>());
    }

    /** Contributions of a consultation in one moderation state (and item), oldest first. */
    public PageResult<Contribution> list(String consultationId, Moderation moderation, String itemId, PageQuery page) {
        List<org.bson.conversions.Bson> filters = new ArrayList<>(List.of(eq("consultationId", consultationId)));
        if (moderation != null) {
            filters.add(eq("moderation", moderation.name()));
        }
        if (itemId != null) {
            filters.add(eq("itemId", itemId));
        }
        var filter = and(filters);
        return store.page(filter, Sorts.ascending("_id"), page, ContributionRepository::contribution);
    }

    private static Document state(Contribution c) {
        return new Document(AggregateStore.ID, c.id())
                .append("consultationId", c.consultationId())
                .append("memberSlug", c.memberSlug())
                .append("itemId", c.itemId())
                .append("position", c.position() == null ? null : c.position().name())
                .append("comment", c.comment())
                .append("anonymous", c.anonymous())
                .append("authorDisplayName", c.authorDisplayName())
                .append("moderation", c.moderation().name())
                .append("moderationReason", Documents.text(c.moderationReason()))
                .append("submittedAt", DocumentValues.instant(c.submittedAt()))
                .append("updatedAt", DocumentValues.instant(c.updatedAt()));
    }

    private static Contribution contribution(Document d) {
        return new Contribution(d.getString("_id"), d.getString("consultationId"), d.getString("memberSlug"),
                d.getString("itemId"), d.getString("position") == null ? null : Position.valueOf(d.getString("position")),
                d.getString("comment"), Boolean.TRUE.equals(d.getBoolean("anonymous")), d.getString("authorDisplayName"),
                Moderation.valueOf(d.getString("moderation")), Documents.text(d.get("moderationReason", Document.class)),
                DocumentValues.instant(d.getDate("submittedAt")), DocumentValues.instant(d.getDate("updatedAt")),
                DocumentValues.number(d, AggregateStore.VERSION));
    }
}
