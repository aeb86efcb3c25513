package ma.remacto.consultations.persistence;

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

import ma.remacto.consultations.domain.CalendarStage;
import ma.remacto.consultations.domain.CalendarStageName;
import ma.remacto.consultations.domain.CoPreparationCalendar;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.mongo.DocumentValues;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** One calendar per member and programme: {@code calendarKey} ({@code <member>|<programme>}) is unique. */
@Repository
public class CalendarRepository {

    public static final String COLLECTION = "calendars";
    static final String KEY = "calendarKey";

    private final AggregateStore store;

    public CalendarRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
        store.collection().createIndex(Indexes.ascending(KEY), new IndexOptions().unique(true));
    }

    public Optional<CoPreparationCalendar> find(String memberSlug, String programme) {
        return Optional.ofNullable(store.collection().find(eq(KEY, CoPreparationCalendar.key(memberSlug, programme)))
                .projection(AggregateStore.STATE).first()).map(CalendarRepository::calendar);
    }

    public List<Document> history(String id) {
        return store.history(id);
    }

    public PageResult<CoPreparationCalendar> list(String memberSlug, String regionSlug, String programme, PageQuery page) {
        List<Bson> filters = new ArrayList<>();
        if (memberSlug != null) {
            filters.add(eq("memberSlug", memberSlug));
        }
        if (regionSlug != null) {
            filters.add(eq("regionSlug", regionSlug));
        }
        if (programme != null) {
            filters.add(eq("programme", programme));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        return store.page(filter, Sorts.ascending(KEY), page, CalendarRepository::calendar);
    }

    public void insert(CoPreparationCalendar calendar, String regionSlug, List<Document> history, PendingEvent event) {
        store.insert(state(calendar).append("regionSlug", regionSlug), history, List.of(event));
    }

    public void update(CoPreparationCalendar calendar, List<Document> history, PendingEvent event) {
        Document state = state(calendar);
        state.remove(AggregateStore.ID);
        store.update(calendar.id(), calendar.version() - 1, state, history, List.of(event));
    }

    private static Document state(CoPreparationCalendar c) {
        return new Document(AggregateStore.ID, c.id())
                .append(KEY, CoPreparationCalendar.key(c.memberSlug(), c.programme()))
                .append("memberSlug", c.memberSlug())
                .append("programme", c.programme())
                .append("stages", c.stages().stream().map(s -> new Document("stage", s.stage().name())
                        .append("plannedStart", DocumentValues.date(s.plannedStart()))
                        .append("plannedEnd", DocumentValues.date(s.plannedEnd()))
                        .append("actualStart", DocumentValues.date(s.actualStart()))
                        .append("actualEnd", DocumentValues.date(s.actualEnd()))
                        .append("note", s.note())).toList())
                .append("createdAt", DocumentValues.instant(c.createdAt()))
                .append("updatedAt", DocumentValues.instant(c.updatedAt()));
    }

    private static CoPreparationCalendar calendar(Document d) {
        return new CoPreparationCalendar(d.getString("_id"), d.getString("memberSlug"), d.getString("programme"),
                DocumentValues.list(d, "stages", s -> new CalendarStage(CalendarStageName.valueOf(s.getString("stage")),
                        DocumentValues.date(s.getString("plannedStart")), DocumentValues.date(s.getString("plannedEnd")),
                        DocumentValues.date(s.getString("actualStart")), DocumentValues.date(s.getString("actualEnd")),
                        s.getString("note"))),
                DocumentValues.instant(d.getDate("createdAt")), DocumentValues.instant(d.getDate("updatedAt")),
                DocumentValues.number(d, AggregateStore.VERSION));
    }
}
