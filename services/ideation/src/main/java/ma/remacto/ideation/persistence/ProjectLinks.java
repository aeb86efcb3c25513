package ma.remacto.ideation.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import ma.remacto.ideation.domain.LocalizedText;
import ma.remacto.platform.mongo.ReadModelCopies;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Which ideas each openness project came from, and its title, copied from the projects topic. */
@Repository
public class ProjectLinks {

    public static final String COLLECTION = "project_links";

    private final MongoCollection<Document> links;

    public ProjectLinks(MongoDatabase database) {
        this.links = database.getCollection(COLLECTION);
    }

    public record Link(String projectId, String memberSlug, List<String> ideaIds, LocalizedText title, long version) {
    }

    public Optional<Link> find(String projectId) {
        return Optional.ofNullable(links.find(eq("_id", projectId)).first()).map(ProjectLinks::link);
    }

    /** Stores the link if it is newer than the stored one; returns whether it was. */
    public boolean save(Link link) {
        return ReadModelCopies.upsertIfNewer(links, link.projectId(), link.version(), List.of(
                Updates.set("memberSlug", link.memberSlug()), Updates.set("ideaIds", link.ideaIds()),
                Updates.set("title", new Document("ar", link.title().ar()).append("fr", link.title().fr()))));
    }

    /** The titles of those projects, in the order asked; {@code changing} is taken as it is about to be stored. */
    public List<LocalizedText> titles(Collection<String> projectIds, Link changing) {
        List<Link> found = links.find(in("_id", projectIds)).map(ProjectLinks::link).into(new ArrayList<>());
        found.removeIf(l -> l.projectId().equals(changing.projectId()));
        found.add(changing);
        return projectIds.stream().flatMap(id -> found.stream().filter(l -> l.projectId().equals(id)))
                .map(Link::title).toList();
    }

    private static Link link(Document d) {
        Document title = d.get("title", Document.class);
        return new Link(d.getString("_id"), d.getString("memberSlug"), d.getList("ideaIds", String.class, List.of()),
                new LocalizedText(title.getString("ar"), title.getString("fr")), ((Number) d.get("version")).longValue());
    }
}
