package ma.remacto.ideation.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import ma.remacto.ideation.domain.Axis;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

@Repository
public class AxisRepository {

    public static final String COLLECTION = "axes";

    private final AggregateStore store;

    public AxisRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
        store.collection().createIndex(Indexes.ascending("memberSlug", "programme", "code"),
                new IndexOptions().unique(true));
    }

    public Optional<Axis> find(String id) {
        return store.findState(id).map(AxisRepository::axis);
    }

    public Optional<Axis> findByCode(String memberSlug, String programme, String code) {
        return Optional.ofNullable(store.collection()
                .find(and(eq("memberSlug", memberSlug), eq("programme", programme), eq("code", code))).first())
                .map(AxisRepository::axis);
    }

    public List<Axis> list(String memberSlug, String programme) {
        List<Bson> filters = new ArrayList<>();
        if (memberSlug != null) {
            filters.add(eq("memberSlug", memberSlug));
        }
        if (programme != null) {
            filters.add(eq("programme", programme));
        }
        return store.collection().find(filters.isEmpty() ? Filters.empty() : and(filters))
                .projection(AggregateStore.STATE)
                .sort(Sorts.ascending("memberSlug", "programme", "position", "code")).map(AxisRepository::axis)
                .into(new ArrayList<>());
    }

    public void insert(Axis axis, Document history, PendingEvent event) {
        store.insert(state(axis), List.of(history), List.of(event));
    }

    public void update(Axis axis, Document history, PendingEvent event) {
        Document state = state(axis);
        state.remove(AggregateStore.ID);
        store.update(axis.id(), axis.version() - 1, state, List.of(history), List.of(event));
    }

    private static Document state(Axis axis) {
        return new Document(AggregateStore.ID, axis.id()).append("memberSlug", axis.memberSlug())
                .append("programme", axis.programme()).append("code", axis.code()).append("position", axis.position())
                .append("title", IdeaDocuments.text(axis.title())).append("active", axis.active());
    }

    private static Axis axis(Document d) {
        return new Axis(d.getString(AggregateStore.ID), d.getString("memberSlug"), d.getString("programme"),
                d.getString("code"), d.getInteger("position"), IdeaDocuments.text(d.get("title", Document.class)),
                Boolean.TRUE.equals(d.getBoolean("active")), IdeaDocuments.number(d, AggregateStore.VERSION));
    }
}
