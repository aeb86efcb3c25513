package ma.remacto.consultations.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import ma.remacto.consultations.domain.IdeaCollection;
import ma.remacto.consultations.domain.Meeting;
import ma.remacto.consultations.domain.MeetingKind;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.mongo.DocumentValues;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

@Repository
public class MeetingRepository {

    public static final String COLLECTION = "meetings";

    private final AggregateStore store;

    public MeetingRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
    }

    public Optional<Meeting> find(String id) {
        return store.findState(id).map(MeetingRepository::meeting);
    }

    public List<Document> history(String id) {
        return store.history(id);
    }

    /** By member or region, kind and period (ISO dates compare as text), newest first. */
    public PageResult<Meeting> list(String memberSlug, String regionSlug, MeetingKind kind, LocalDate from, LocalDate to,
            PageQuery page) {
        List<Bson> filters = new ArrayList<>();
        if (memberSlug != null) {
            filters.add(eq("memberSlug", memberSlug));
        }
        if (regionSlug != null) {
            filters.add(eq("regionSlug", regionSlug));
        }
        if (kind != null) {
            filters.add(eq("kind", kind.name()));
        }
        if (from != null) {
            filters.add(gte("date", from.toString()));
        }
        if (to != null) {
            filters.add(lte("date", to.toString()));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        return store.page(filter, Sorts.orderBy(Sorts.descending("date"), Sorts.ascending("_id")), page, MeetingRepository::meeting);
    }

    public void insert(Meeting meeting, String regionSlug, Document history, PendingEvent event) {
        store.insert(state(meeting).append("regionSlug", regionSlug), List.of(history), List.of(event));
    }

    public void update(Meeting meeting, Document history, PendingEvent event) {
        Document state = state(meeting);
        state.remove(AggregateStore.ID);
        store.update(meeting.id(), meeting.version() - 1, state, List.of(history), List.of(event));
    }

    private static Document state(Meeting m) {
        return new Document(AggregateStore.ID, m.id())
                .append("memberSlug", m.memberSlug())
                .append("kind", m.kind().name())
                .append("title", Documents.text(m.title()))
                .append("date", DocumentValues.date(m.date()))
                .append("place", m.place())
                .append("programme", m.programme())
                .append("participants", Documents.counts(m.participants()))
                .append("organisations", m.organisations())
                .append("agenda", m.agenda())
                .append("minutes", m.minutes())
                .append("outputs", m.outputs())
                .append("ideaCollections", m.ideaCollections())
                .append("ideasCollected", m.ideasCollected())
                .append("collections", m.collections().stream().map(c -> new Document("number", c.number())
                        .append("batchId", c.batchId()).append("ideas", c.ideas()).append("fingerprint", c.fingerprint())
                        .append("at", DocumentValues.instant(c.at()))).toList())
                .append("createdAt", DocumentValues.instant(m.createdAt()))
                .append("updatedAt", DocumentValues.instant(m.updatedAt()));
    }

    private static Meeting meeting(Document d) {
        return new Meeting(d.getString("_id"), d.getString("memberSlug"), MeetingKind.valueOf(d.getString("kind")),
                Documents.text(d.get("title", Document.class)), DocumentValues.date(d.getString("date")), d.getString("place"),
                d.getString("programme"), Documents.counts(d.get("participants", Document.class)),
                DocumentValues.strings(d, "organisations"), DocumentValues.strings(d, "agenda"), d.getString("minutes"),
                DocumentValues.strings(d, "outputs"), (int) DocumentValues.number(d, "ideaCollections"),
                DocumentValues.number(d, "ideasCollected"), DocumentValues.list(d, "collections",
                        c -> new IdeaCollection((int) DocumentValues.number(c, "number"), c.getString("batchId"),
                                (int) DocumentValues.number(c, "ideas"), c.getString("fingerprint"),
                                DocumentValues.instant(c.getDate("at")))),
                DocumentValues.instant(d.getDate("createdAt")),
                DocumentValues.instant(d.getDate("updatedAt")), DocumentValues.number(d, AggregateStore.VERSION));
    }
}
