package ma.remacto.petitions.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import ma.remacto.petitions.domain.Association;
import ma.remacto.petitions.domain.LocalizedText;
import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.PetitionerKind;
import ma.remacto.petitions.domain.Step;
import ma.remacto.petitions.domain.ThresholdRule;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** Petitions as aggregates: state, history and outbox events in one document write. Drafts are never listed. */
@Repository
public class PetitionRepository {

    public static final String COLLECTION = "petitions";

    private final AggregateStore store;

    public PetitionRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
    }

    public Optional<Petition> find(String id) {
        return store.findState(id).map(PetitionRepository::petition);
    }

    public List<Document> history(String id) {
        return store.history(id);
    }

    /** The filters of the public list. */
    public record Query(String member, String region, PetitionStatus status, PetitionerKind petitionerKind,
            LocalDate filedFrom, LocalDate filedTo) {
    }

    public PageResult<Petition> list(Query query, PageQuery page) {
        Bson filter = filter(query);
        return store.page(filter, Sorts.descending(AggregateStore.ID), page, PetitionRepository::petition);
    }

    /**
     * The petitions a person drafted as their petitioner (the citizens' agent or the association), drafts included,
     * newest first. Past petitions are left out: the staff who recorded one hold it, but are not its petitioner.
     */
    public PageResult<Petition> byPetitioner(String subject, PageQuery page) {
        Bson filter = and(eq("petitionerSubject", subject), ne("recordedByStaff", true));
        return store.page(filter, Sorts.orderBy(Sorts.descending("createdAt"), Sorts.descending(AggregateStore.ID)),
                page, PetitionRepository::petition);
    }

    /** Every public petition matching the query (statistics: a member's or a region's petitions are few). */
    public List<Petition> all(Query query) {
        return store.collection().find(filter(query)).projection(AggregateStore.STATE).map(PetitionRepository::petition)
                .into(new ArrayList<>());
    }

    /** Ids of the petitions collecting signatures (the count publisher's sweep). */
    public List<String> collecting() {
        return store.collection().find(eq("status", PetitionStatus.COLLECTING_SIGNATURES.name()))
                .projection(Projections.include(AggregateStore.ID))
                .map(d -> d.getString(AggregateStore.ID)).into(new ArrayList<>());
    }

    private static Bson filter(Query query) {
        List<Bson> filters = new ArrayList<>();
        filters.add(ne("status", PetitionStatus.DRAFT.name()));
        if (query.member() != null) {
            filters.add(eq("memberSlug", query.member()));
        }
        if (query.region() != null) {
            filters.add(eq("regionSlug", query.region()));
        }
        if (query.status() != null) {
            filters.add(eq("status", query.status().name()));
        }
        if (query.petitionerKind() != null) {
            filters.add(eq("petitionerKind", query.petitionerKind().name()));
        }
        if (query.filedFrom() != null) {
            filters.add(gte("filedOn", query.filedFrom().toString()));
        }
        if (query.filedTo() != null) {
            filters.add(lte("filedOn", query.filedTo().toString()));
        }
        return and(filters);
    }

    public void insert(Petition petition, Document history, PendingEvent event) {
        store.insert(state(petition), List.of(history), List.of(event));
    }

    /** Stores a change made on version {@code petition.version() - 1}; ConcurrentChangeException if it moved meanwhile. */
    public void update(Petition petition, Document history, PendingEvent event) {
        Document state = state(petition);
        state.remove(AggregateStore.ID);
        store.update(petition.id(), petition.version() - 1, state, history == null ? List.of() : List.of(history),
                List.of(event));
    }

    private static Document state(Petition p) {
        Association a = p.association();
        ThresholdRule t = p.threshold();
        return new Document(AggregateStore.ID, p.id())
                .append("memberSlug", p.memberSlug())
                .append("memberKind", p.memberKind())
                .append("regionSlug", p.regionSlug())
                .append("petitionerKind", p.petitionerKind().name())
                .append("petitionerSubject", p.petitionerSubject())
                .append("association", a == null ? null : new Document("name", a.name())
                        .append("foundedOn", date(a.foundedOn()))
                        .append("establishedInMorocco", a.establishedInMorocco())
                        .append("democraticallyRun", a.democraticallyRun())
                        .append("goodStanding", a.goodStanding())
                        .append("seatOrBranchInTerritory", a.seatOrBranchInTerritory())
                        .append("activityRelated", a.activityRelated()))
                .append("title", text(p.title()))
                .append("subject", p.subject())
                .append("requests", p.requests())
                .append("status", p.status().name())
                .append("threshold", t == null ? null : new Document("id", t.id()).append("memberKind", t.memberKind())
                        .append("arrondissements", t.arrondissements()).append("minPopulation", t.minPopulation())
                        .append("belowPopulation", t.belowPopulation())
                        .append("requiredSignatures", t.requiredSignatures())
                        .append("minSharePerProvince", t.minSharePerProvince() == null ? null
                                : t.minSharePerProvince().toPlainString())
                        .append("source", t.source()).append("toConfirm", t.toConfirm()))
                .append("provinces", p.provinces())
                .append("receiptNumber", p.receiptNumber())
                .append("filedOn", date(p.filedOn()))
                .append("admissibleOn", date(p.admissibleOn()))
                .append("inadmissibilityReasons", p.inadmissibilityReasons())
                .append("committee", p.committee())
                .append("remarks", p.remarks())
                .append("committeeRecommendation", p.committeeRecommendation())
                .append("session", text(p.session()))
                .append("sessionDate", date(p.sessionDate()))
                .append("decision", p.decision())
                .append("decidedOn", date(p.decidedOn()))
                .append("agentNotifiedOn", date(p.agentNotifiedOn()))
                .append("recordedByStaff", p.recordedByStaff())
                .append("steps", p.steps().stream().map(s -> new Document("from", s.from()).append("to", s.to())
                        .append("on", date(s.on())).append("at", instant(s.at())).append("reason", s.reason())).toList())
                .append("countedSignatures", p.countedSignatures())
                .append("createdAt", instant(p.createdAt()))
                .append("updatedAt", instant(p.updatedAt()));
    }

    static Petition petition(Document d) {
        Document a = d.get("association", Document.class);
        Document t = d.get("threshold", Document.class);
        return new Petition(d.getString(AggregateStore.ID), d.getString("memberSlug"), d.getString("memberKind"),
                d.getString("regionSlug"), PetitionerKind.valueOf(d.getString("petitionerKind")),
                d.getString("petitionerSubject"),
                a == null ? null : new Association(a.getString("name"), date(a.getString("foundedOn")),
                        a.getBoolean("establishedInMorocco"), a.getBoolean("democraticallyRun"),
                        a.getBoolean("goodStanding"), a.getBoolean("seatOrBranchInTerritory"),
                        a.getBoolean("activityRelated")),
                text(d.get("title", Document.class)), d.getString("subject"),
                d.getList("requests", String.class, List.of()), PetitionStatus.valueOf(d.getString("status")),
                t == null ? null : new ThresholdRule(t.getString("id"), t.getString("memberKind"),
                        t.getBoolean("arrondissements"), longOrNull(t.get("minPopulation")),
                        longOrNull(t.get("belowPopulation")), ((Number) t.get("requiredSignatures")).intValue(),
                        t.getString("minSharePerProvince") == null ? null : new BigDecimal(t.getString("minSharePerProvince")),
                        t.getString("source"), Boolean.TRUE.equals(t.getBoolean("toConfirm"))),
                d.getList("provinces", String.class, List.of()), d.getString("receiptNumber"),
                date(d.getString("filedOn")), date(d.getString("admissibleOn")), d.getString("inadmissibilityReasons"),
                d.getString("committee"), d.getString("remarks"), d.getString("committeeRecommendation"),
                text(d.get("session", Document.class)), date(d.getString("sessionDate")), d.getString("decision"),
                date(d.getString("decidedOn")), date(d.getString("agentNotifiedOn")),
                Boolean.TRUE.equals(d.getBoolean("recordedByStaff")),
                d.getList("steps", Document.class, List.of()).stream().map(s -> new Step(s.getString("from"),
                        s.getString("to"), date(s.getString("on")), instant(s.getDate("at")), s.getString("reason"))).toList(),
                longOrZero(d.get("countedSignatures")), instant(d.getDate("createdAt")), instant(d.getDate("updatedAt")),
                longOrZero(d.get(AggregateStore.VERSION)));
    }

    private static Document text(LocalizedText text) {
        return text == null ? null : new Document("ar", text.ar()).append("fr", text.fr());
    }

    private static LocalizedText text(Document d) {
        return d == null ? null : new LocalizedText(d.getString("ar"), d.getString("fr"));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static Date instant(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static long longOrZero(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
