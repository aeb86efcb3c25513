package ma.remacto.projects.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import ma.remacto.events.v1.AxisCard;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.platform.mongo.ReadModelCopies;
import ma.remacto.projects.domain.LocalizedText;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * What projects needs to know of ideation, copied from its events: the programme axes projects are filed
 * under, and the state of ideas (a project is formulated from retained ideas of its own member).
 */
@Repository
public class IdeationCopies {

    public static final String AXES = "ideation_axes";
    public static final String IDEAS = "ideation_ideas";

    private final MongoCollection<Document> axes;
    private final MongoCollection<Document> ideas;

    public IdeationCopies(MongoDatabase database) {
        this.axes = database.getCollection(AXES);
        this.ideas = database.getCollection(IDEAS);
    }

    public record AxisCopy(String id, String memberSlug, String programme, String code, LocalizedText title,
            boolean active) {
    }

    public record IdeaCopy(String id, String memberSlug, long number, String state) {
    }

    public void copy(AxisCard axis) {
        ReadModelCopies.upsertIfNewer(axes, axis.getId(), axis.getVersion(), List.of(
                Updates.set("memberSlug", axis.getMemberSlug()), Updates.set("programme", axis.getProgramme()),
                Updates.set("code", axis.getCode()), Updates.set("position", axis.getPosition()),
                Updates.set("title", new Document("ar", axis.getTitle().getAr()).append("fr", axis.getTitle().getFr())),
                Updates.set("active", axis.getActive())));
    }

    public void copy(IdeaCard idea) {
        ReadModelCopies.upsertIfNewer(ideas, idea.getId(), idea.getVersion(), List.of(
                Updates.set("memberSlug", idea.getMemberSlug()), Updates.set("number", idea.getNumber()),
                Updates.set("state", idea.getState())));
    }

    public Optional<AxisCopy> axis(String id) {
        return Optional.ofNullable(axes.find(eq("_id", id)).first()).map(IdeationCopies::axis);
    }

    /** The member's axis of that programme with that code (A1, A2, …). */
    public Optional<AxisCopy> axis(String memberSlug, String programme, String code) {
        return Optional.ofNullable(axes.find(and(eq("memberSlug", memberSlug), eq("programme", programme),
                eq("code", code))).first()).map(IdeationCopies::axis);
    }

    public List<AxisCopy> axes(String memberSlug) {
        return axes.find(eq("memberSlug", memberSlug)).map(IdeationCopies::axis).into(new ArrayList<>());
    }

    public List<IdeaCopy> ideas(Collection<String> ids) {
        return ideas.find(in("_id", ids)).map(d -> new IdeaCopy(d.getString("_id"), d.getString("memberSlug"),
                ((Number) d.get("number")).longValue(), d.getString("state"))).into(new ArrayList<>());
    }

    private static AxisCopy axis(Document d) {
        Document title = d.get("title", Document.class);
        return new AxisCopy(d.getString("_id"), d.getString("memberSlug"), d.getString("programme"), d.getString("code"),
                new LocalizedText(title.getString("ar"), title.getString("fr")), Boolean.TRUE.equals(d.getBoolean("active")));
    }
}
