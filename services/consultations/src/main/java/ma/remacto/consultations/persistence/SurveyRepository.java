package ma.remacto.consultations.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import ma.remacto.consultations.domain.QuestionKind;
import ma.remacto.consultations.domain.Survey;
import ma.remacto.consultations.domain.SurveyQuestion;
import ma.remacto.consultations.domain.SurveyStatus;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.mongo.DocumentValues;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Surveys (aggregates), their answers and their respondents, three collections: an answer carries no identity
 * (survey id and values only); a respondent is only the keyed hash of survey and subject, to refuse a second
 * answer, with nothing that points to the answer.
 */
@Repository
public class SurveyRepository {

    public static final String COLLECTION = "surveys";
    public static final String ANSWERS = "survey_answers";
    public static final String RESPONDENTS = "survey_respondents";

    private final AggregateStore store;
    private final MongoCollection<Document> answers;
    private final MongoCollection<Document> respondents;

    public SurveyRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
        this.answers = database.getCollection(ANSWERS);
        this.respondents = database.getCollection(RESPONDENTS);
    }

    public Optional<Survey> find(String id) {
        return store.findState(id).map(SurveyRepository::survey);
    }

    public List<Document> history(String id) {
        return store.history(id);
    }

    public PageResult<Survey> list(String memberSlug, String regionSlug, SurveyStatus status,
            Collection<SurveyStatus> visible, PageQuery page) {
        return store.page(filter(memberSlug, regionSlug, status, visible), Sorts.descending("_id"), page,
                SurveyRepository::survey);
    }

    /**
     * Figures over the surveys of a member, a region or the whole network (null: no filter): how many surveys in
     * {@code visible} statuses and how many answers they received. Reads the surveys' ids only, then counts the
     * answers of those surveys, so a region's figures never count another region's answers.
     */
    public Figures figures(String memberSlug, String regionSlug, Collection<SurveyStatus> visible) {
        List<String> ids = store.collection().find(filter(memberSlug, regionSlug, null, visible))
                .projection(new Document(AggregateStore.ID, 1)).map(d -> d.getString(AggregateStore.ID))
                .into(new ArrayList<>());
        long responses = ids.isEmpty() ? 0 : answers.countDocuments(in("surveyId", ids));
        return new Figures(ids.size(), responses);
    }

    public record Figures(long surveys, long responses) {
    }

    private static Bson filter(String memberSlug, String regionSlug, SurveyStatus status,
            Collection<SurveyStatus> visible) {
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
        if (visible != null) {
            filters.add(in("status", visible.stream().map(Enum::name).toList()));
        }
        return filters.isEmpty() ? Filters.empty() : and(filters);
    }

    public void insert(Survey survey, String regionSlug, Document history, PendingEvent event) {
        store.insert(state(survey).append("regionSlug", regionSlug), List.of(history),
                event == null ? List.of() : List.of(event));
    }

    /** Writes the survey's new state with its history entry and, once it is public, its event (null: none). */
    public void update(Survey survey, Document history, PendingEvent event) {
        Document state = state(survey);
        state.remove(AggregateStore.ID);
        store.update(survey.id(), survey.version() - 1, state, List.of(history),
                event == null ? List.of() : List.of(event));
    }

    /**
     * Stores an answer once per respondent: the respondent's key first (unique, so a second answer is refused
     * even when both arrive at once), then the answer; false if that respondent already answered.
     */
    public boolean answer(String respondentKey, String surveyId, String memberSlug, Map<String, Object> values) {
        try {
            respondents.insertOne(new Document("_id", respondentKey));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        try {
            answers.insertOne(new Document("_id", Ids.newId()).append("surveyId", surveyId)
                    .append("memberSlug", memberSlug).append("values", new Document(values)));
        } catch (RuntimeException e) {
            respondents.deleteOne(eq("_id", respondentKey)); // let the person try again
            throw e;
        }
        return true;
    }

    public List<Map<String, Object>> answers(String surveyId) {
        return answers.find(eq("surveyId", surveyId)).map(d -> (Map<String, Object>) d.get("values", Document.class))
                .into(new ArrayList<>());
    }

    private static Document state(Survey s) {
        return new Document(AggregateStore.ID, s.id())
                .append("memberSlug", s.memberSlug())
                .append("title", Documents.text(s.title()))
                .append("service", Documents.text(s.service()))
                .append("questions", s.questions().stream().map(q -> new Document("id", q.id())
                        .append("text", Documents.text(q.text())).append("kind", q.kind().name())
                        .append("choices", q.choices().stream().map(Documents::text).toList())).toList())
                .append("status", s.status().name())
                .append("opensAt", DocumentValues.instant(s.opensAt()))
                .append("closesAt", DocumentValues.instant(s.closesAt()))
                .append("createdAt", DocumentValues.instant(s.createdAt()))
                .append("updatedAt", DocumentValues.instant(s.updatedAt()));
    }

    private static Survey survey(Document d) {
        return new Survey(d.getString("_id"), d.getString("memberSlug"), Documents.text(d.get("title", Document.class)),
                Documents.text(d.get("service", Document.class)),
                DocumentValues.list(d, "questions", q -> new SurveyQuestion(q.getString("id"),
                        Documents.text(q.get("text", Document.class)), QuestionKind.valueOf(q.getString("kind")),
                        DocumentValues.list(q, "choices", Documents::text))),
                SurveyStatus.valueOf(d.getString("status")), DocumentValues.instant(d.getDate("opensAt")),
                DocumentValues.instant(d.getDate("closesAt")), DocumentValues.instant(d.getDate("createdAt")),
                DocumentValues.instant(d.getDate("updatedAt")), DocumentValues.number(d, AggregateStore.VERSION));
    }
}
