package ma.remacto.projects.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.mongo.DocumentValues;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Amendment;
import ma.remacto.projects.domain.CouncilAdoption;
import ma.remacto.projects.domain.PlanFormat;
import ma.remacto.projects.domain.PlanStatus;
import ma.remacto.projects.domain.PlanTimeline;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

@Repository
public class PlanRepository {

    public static final String COLLECTION = "plans";

    private final AggregateStore store;

    public PlanRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
        // One programme per member and period: a second draft is a duplicate, not a new plan.
        store.collection().createIndex(Indexes.ascending("memberSlug", "period"), new IndexOptions().unique(true));
    }

    public Optional<ActionPlan> find(String id) {
        return store.findState(id).map(PlanRepository::plan);
    }

    public List<Document> history(String id) {
        return store.history(id);
    }

    /** The plan's status changes, read from its history. */
    public PlanTimeline timeline(String id) {
        return Timelines.plan(store.history(id));
    }

    /**
     * Plans by member or region, status and period. {@code visibleStatuses} limits what an
     * anonymous reader sees (not drafts).
     */
    public PageResult<ActionPlan> list(String memberSlug, String regionSlug, PlanStatus status, String period,
            Collection<PlanStatus> visibleStatuses, PageQuery page) {
        List<Bson> filters = new ArrayList<>();
        if (memberSlug != null) {
            filters.add(eq("memberSlug", memberSlug));
        }
        if (regionSlug != null) {
            filters.add(eq("regionSlug", regionSlug));
        }
        if (status != null) {
            filters.add(eq("status", status.name()));
        }
        if (period != null) {
            filters.add(eq("period", period));
        }
        if (visibleStatuses != null) {
            filters.add(in("status", visibleStatuses.stream().map(Enum::name).toList()));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        return store.page(filter, Sorts.ascending("memberSlug", "period"), page, PlanRepository::plan);
    }

    /** The region is stored beside the plan so a regional portal's filter is one equality. */
    public void insert(ActionPlan plan, String regionSlug, Document history, PendingEvent event) {
        store.insert(state(plan).append("regionSlug", regionSlug), List.of(history), List.of(event));
    }

    public void update(ActionPlan plan, Document history, PendingEvent event) {
        Document state = state(plan);
        state.remove(AggregateStore.ID);
        store.update(plan.id(), plan.version() - 1, state, List.of(history), List.of(event));
    }

    private static Document state(ActionPlan plan) {
        return new Document(AggregateStore.ID, plan.id())
                .append("memberSlug", plan.memberSlug())
                .append("period", plan.period())
                .append("startDate", DocumentValues.date(plan.startDate()))
                .append("endDate", DocumentValues.date(plan.endDate()))
                .append("format", plan.format().name())
                .append("title", Documents.text(plan.title()))
                .append("status", plan.status().name())
                .append("consultationId", plan.consultationId())
                .append("adoption", plan.adoption() == null ? null
                        : new Document("session", Documents.text(plan.adoption().session()))
                                .append("date", DocumentValues.date(plan.adoption().date())))
                .append("amendments", plan.amendments().stream().map(a -> new Document("number", a.number())
                        .append("reason", a.reason()).append("openedAt", DocumentValues.instant(a.openedAt()))
                        .append("closedAt", DocumentValues.instant(a.closedAt()))).toList())
                .append("evaluation", plan.evaluation())
                .append("createdAt", DocumentValues.instant(plan.createdAt()))
                .append("updatedAt", DocumentValues.instant(plan.updatedAt()));
    }

    private static ActionPlan plan(Document d) {
        Document adoption = d.get("adoption", Document.class);
        return new ActionPlan(d.getString(AggregateStore.ID), d.getString("memberSlug"), d.getString("period"),
                DocumentValues.date(d.getString("startDate")), DocumentValues.date(d.getString("endDate")),
                PlanFormat.valueOf(d.getString("format")), Documents.text(d.get("title", Document.class)),
                PlanStatus.valueOf(d.getString("status")), d.getString("consultationId"),
                adoption == null ? null : new CouncilAdoption(Documents.text(adoption.get("session", Document.class)),
                        DocumentValues.date(adoption.getString("date"))),
                DocumentValues.list(d, "amendments", a -> new Amendment(a.getInteger("number"), a.getString("reason"),
                        DocumentValues.instant(a.getDate("openedAt")), DocumentValues.instant(a.getDate("closedAt")))),
                d.getString("evaluation"), DocumentValues.instant(d.getDate("createdAt")),
                DocumentValues.instant(d.getDate("updatedAt")), DocumentValues.number(d, AggregateStore.VERSION));
    }
}
