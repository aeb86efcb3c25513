package ma.remacto.consultations.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationItem;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.domain.ConsultationSummary;
import ma.remacto.consultations.domain.ItemResult;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.mongo.DocumentValues;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

@Repository
public class ConsultationRepository {

    public static final String COLLECTION = "consultations";

    private final AggregateStore store;

    public ConsultationRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
    }

    public Optional<Consultation> find(String id) {
        return store.findState(id).map(ConsultationRepository::consultation);
    }

    public List<Document> history(String id) {
        return store.history(id);
    }

    /**
     * By member or region and by status; the status filter is on the status the window gives now, so it is
     * applied by the caller through {@code statuses} (recorded statuses that can have become it).
     */
    public PageResult<Consultation> list(String memberSlug, String regionSlug, List<ConsultationStatus> recordedStatuses,
            java.util.function.Predicate<Consultation> keep, PageQuery page) {
        List<Bson> filters = new ArrayList<>();
        if (memberSlug != null) {
            filters.add(eq("memberSlug", memberSlug));
        }
        if (regionSlug != null) {
            filters.add(eq("regionSlug", regionSlug));
        }
        if (recordedStatuses != null) {
            filters.add(in("status", recordedStatuses.stream().map(Enum::name).toList()));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        // A window turns a recorded status into another one without a write: filter after reading (reads of a
        // member's or region's consultations are small), newest window first, ties by id for stable pages.
        List<Consultation> all = store.collection().find(filter).projection(AggregateStore.STATE)
                .sort(Sorts.orderBy(Sorts.descending("opensAt"), Sorts.ascending("_id")))
                .map(ConsultationRepository::consultation).into(new ArrayList<>()).stream().filter(keep).toList();
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResult.of(all.subList(from, to), page, all.size());
    }

    /** Consultations whose recorded status the window may have moved on (the sweeper's work list). */
    public List<String> awaitingWindow() {
        return store.collection().find(in("status", List.of(ConsultationStatus.SCHEDULED.name(),
                ConsultationStatus.OPEN.name()))).projection(Projections.include("_id"))
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    public void insert(Consultation consultation, String regionSlug, List<Document> history, List<PendingEvent> events) {
        store.insert(tally(state(consultation), ConsultationsEvents.Tally.NONE).append("regionSlug", regionSlug), history,
                events);
    }

    /** @param tally the counts computed for this change's event, kept for the cards of contribution events */
    public void update(Consultation consultation, ConsultationsEvents.Tally tally, List<Document> history,
            List<PendingEvent> events) {
        Document state = tally(state(consultation), tally);
        state.remove(AggregateStore.ID);
        store.update(consultation.id(), consultation.version() - 1, state, history, events);
    }

    /**
     * The counts the consultation's last event carried. Contribution events reuse them rather than counting on
     * every contribution (a write path reads one document by its id); the API's counts are computed on read.
     */
    public ConsultationsEvents.Tally tally(String id) {
        Document d = store.collection().find(eq("_id", id))
                .projection(Projections.include("contributionsPublished", "participation")).first();
        return d == null ? ConsultationsEvents.Tally.NONE : new ConsultationsEvents.Tally(
                DocumentValues.number(d, "contributionsPublished"), Documents.counts(d.get("participation", Document.class)));
    }

    private static Document tally(Document state, ConsultationsEvents.Tally tally) {
        return state.append("contributionsPublished", tally.contributionsPublished())
                .append("participation", Documents.counts(tally.participation()));
    }

    private static Document state(Consultation c) {
        ConsultationSummary s = c.summary();
        return new Document(AggregateStore.ID, c.id())
                .append("memberSlug", c.memberSlug())
                .append("title", Documents.text(c.title()))
                .append("description", Documents.text(c.description()))
                .append("planId", c.planId())
                .append("programme", c.programme())
                .append("items", c.items().stream().map(i -> new Document("id", i.id())
                        .append("title", Documents.text(i.title())).append("projectId", i.projectId())
                        .append("axisCode", i.axisCode())).toList())
                .append("opensAt", DocumentValues.instant(c.opensAt()))
                .append("closesAt", DocumentValues.instant(c.closesAt()))
                .append("status", c.recordedStatus().name())
                .append("closedEarlyAt", DocumentValues.instant(c.closedEarlyAt()))
                .append("closeReason", c.closeReason())
                .append("recordedByStaff", c.recordedByStaff())
                .append("recordedContributions", c.recordedContributions())
                .append("summary", s == null ? null : new Document("items", s.items().stream()
                        .map(r -> new Document("itemId", r.itemId()).append("title", Documents.text(r.title()))
                                .append("contributions", r.contributions()).append("agree", r.agree())
                                .append("disagree", r.disagree())).toList())
                        .append("themes", s.themes()).append("changesToDraft", s.changesToDraft())
                        .append("publishedAt", DocumentValues.instant(s.publishedAt())))
                .append("createdAt", DocumentValues.instant(c.createdAt()))
                .append("updatedAt", DocumentValues.instant(c.updatedAt()));
    }

    private static Consultation consultation(Document d) {
        Document s = d.get("summary", Document.class);
        return new Consultation(d.getString("_id"), d.getString("memberSlug"),
                Documents.text(d.get("title", Document.class)), Documents.text(d.get("description", Document.class)),
                d.getString("planId"), d.getString("programme"),
                DocumentValues.list(d, "items", i -> new ConsultationItem(i.getString("id"),
                        Documents.text(i.get("title", Document.class)), i.getString("projectId"), i.getString("axisCode"))),
                DocumentValues.instant(d.getDate("opensAt")), DocumentValues.instant(d.getDate("closesAt")),
                ConsultationStatus.valueOf(d.getString("status")), DocumentValues.instant(d.getDate("closedEarlyAt")),
                d.getString("closeReason"), Boolean.TRUE.equals(d.getBoolean("recordedByStaff")),
                d.get("recordedContributions") == null ? null : ((Number) d.get("recordedContributions")).intValue(),
                s == null ? null : new ConsultationSummary(DocumentValues.list(s, "items", r -> new ItemResult(
                        r.getString("itemId"), Documents.text(r.get("title", Document.class)),
                        DocumentValues.number(r, "contributions"), DocumentValues.number(r, "agree"), DocumentValues.number(r, "disagree"))),
                        DocumentValues.strings(s, "themes"), DocumentValues.strings(s, "changesToDraft"),
                        DocumentValues.instant(s.getDate("publishedAt"))),
                DocumentValues.instant(d.getDate("createdAt")), DocumentValues.instant(d.getDate("updatedAt")),
                DocumentValues.number(d, AggregateStore.VERSION));
    }
}
