package ma.remacto.projects.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.ProjectTimeline;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

@Repository
public class ProjectRepository {

    public static final String COLLECTION = "projects";

    private final AggregateStore store;

    public ProjectRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
    }

    public Optional<OpennessProject> find(String id) {
        return store.findState(id).map(ProjectDocuments::project);
    }

    public List<Document> history(String id) {
        return store.history(id);
    }

    /**
     * The progress reports and withdrawal of these projects, read from their histories in one query (an
     * {@code $in} on {@code _id}); a project without history gets an empty timeline.
     */
    public Map<String, ProjectTimeline> timelines(Collection<String> ids) {
        Map<String, ProjectTimeline> timelines = new HashMap<>();
        if (ids.isEmpty()) {
            return timelines;
        }
        store.collection().find(in(AggregateStore.ID, List.copyOf(ids)))
                .projection(Projections.include(AggregateStore.HISTORY))
                .forEach(d -> timelines.put(d.getString(AggregateStore.ID),
                        Timelines.project(d.getList(AggregateStore.HISTORY, Document.class, List.of()))));
        ids.forEach(id -> timelines.putIfAbsent(id, ProjectTimeline.EMPTY));
        return timelines;
    }

    public PageResult<OpennessProject> list(ProjectQuery query, PageQuery page) {
        Bson filter = filter(query);
        return store.page(filter, Sorts.ascending("memberSlug", "period", "position"), page, ProjectDocuments::project);
    }

    /** Every project of a plan, in plan order: what the roll-up and the reports read. */
    public List<OpennessProject> all(ProjectQuery query) {
        return store.collection().find(filter(query))
                .projection(AggregateStore.STATE)
                .sort(Sorts.ascending("memberSlug", "period", "position")).map(ProjectDocuments::project)
                .into(new ArrayList<>());
    }

    public long countInPlan(String planId) {
        return store.collection().countDocuments(and(eq("planId", planId), eq("withdrawn", false)));
    }

    /** The region is stored beside the project so a regional portal's filter is one equality. */
    public void insert(OpennessProject project, String regionSlug, Document history, PendingEvent event) {
        store.insert(ProjectDocuments.state(project).append("regionSlug", regionSlug), List.of(history), List.of(event));
    }

    public void update(OpennessProject project, Document history, PendingEvent event) {
        Document state = ProjectDocuments.state(project);
        state.remove(AggregateStore.ID);
        store.update(project.id(), project.version() - 1, state, List.of(history), List.of(event));
    }

    private static Bson filter(ProjectQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.memberSlug() != null) {
            filters.add(eq("memberSlug", query.memberSlug()));
        }
        if (query.regionSlug() != null) {
            filters.add(eq("regionSlug", query.regionSlug()));
        }
        if (query.planId() != null) {
            filters.add(eq("planId", query.planId()));
        }
        if (query.axisId() != null) {
            filters.add(eq("card.axisId", query.axisId()));
        }
        if (query.period() != null) {
            filters.add(eq("period", query.period()));
        }
        if (query.kind() != null) {
            filters.add(eq("kind", query.kind().name()));
        }
        if (query.publicOnly()) {
            filters.add(eq("published", true));
        }
        if (!query.includeWithdrawn()) {
            filters.add(eq("withdrawn", false));
        }
        return filters.isEmpty() ? Filters.empty() : and(filters);
    }
}
