package ma.remacto.members.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import ma.remacto.members.domain.Member;
import ma.remacto.members.domain.MemberKind;
import ma.remacto.members.domain.MemberStatus;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

@Repository
public class MemberRepository {

    public static final String COLLECTION = "members";

    private final AggregateStore store;

    public MemberRepository(MongoDatabase database) {
        this.store = new AggregateStore(database.getCollection(COLLECTION));
        store.collection().createIndex(Indexes.ascending("kind", "regionSlug"));
        store.collection().createIndex(Indexes.ascending("regionSlug", "provinceSlug"));
    }

    public Optional<Member> find(String slug) {
        return store.findState(slug).map(MemberDocuments::member);
    }

    public void insert(Member member, Document history, PendingEvent event) {
        store.insert(MemberDocuments.state(member), List.of(history), List.of(event));
    }

    /** Saves {@code member} (already at its new version) if the stored one is still at the previous version. */
    public void update(Member member, Document history, PendingEvent event) {
        Document state = MemberDocuments.state(member);
        state.remove(AggregateStore.ID);
        state.remove("profile"); // owned by the profile counters, not by the card's editors
        store.update(member.slug(), member.version() - 1, state, List.of(history), List.of(event));
    }

    public PageResult<Member> search(MemberKind kind, String regionSlug, String provinceSlug, MemberStatus status,
            PageQuery page) {
        List<Bson> filters = new ArrayList<>();
        if (kind != null) {
            filters.add(eq("kind", kind.name()));
        }
        if (regionSlug != null) {
            filters.add(eq("regionSlug", regionSlug));
        }
        if (provinceSlug != null) {
            filters.add(eq("provinceSlug", provinceSlug));
        }
        if (status != null) {
            filters.add(eq("status", status.name()));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        long total = store.collection().countDocuments(filter);
        // Regions first, then provinces, then communes; by slug within a kind: a stable order for paging.
        List<Member> items = store.collection().find(filter)
                .projection(AggregateStore.STATE)
                .sort(Sorts.ascending("kindOrder", AggregateStore.ID))
                .skip((int) page.offset()).limit(page.size())
                .map(MemberDocuments::member).into(new ArrayList<>());
        return PageResult.of(items, page, total);
    }

    public List<Document> history(String slug) {
        return store.history(slug);
    }
}
