package ma.remacto.consultations.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import ma.remacto.platform.mongo.ReadModelCopies;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Copies of ideation's programme axes (member, code, active), kept from ideation's events, so ideas collected
 * at a meeting are checked here before ideation is asked to record them.
 */
@Repository
public class AxisCopies {

    public static final String COLLECTION = "ideation_axes";

    private final MongoCollection<Document> collection;

    public AxisCopies(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    public void save(String axisId, String memberSlug, String code, boolean active, long version) {
        ReadModelCopies.upsertIfNewer(collection, axisId, version, List.of(Updates.set("memberSlug", memberSlug),
                Updates.set("code", code), Updates.set("active", active)));
    }

    /** The codes of the member's active axes. */
    public Set<String> activeCodes(String memberSlug) {
        return Set.copyOf(collection.find(and(eq("memberSlug", memberSlug), eq("active", true)))
                .map(d -> d.getString("code")).into(new ArrayList<>()));
    }
}
