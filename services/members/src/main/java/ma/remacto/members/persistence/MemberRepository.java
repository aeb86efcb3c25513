package ma.remacto.members.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import ma.remacto.members.domain.Member;
import ma.remacto.members.domain.MemberKind;
import ma.remacto.members.domain.MemberStatus;
import ma.remacto.members.domain.ProfileFact;
import ma.remacto.members.domain.ProfileTransfer;
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
    private static final String TRANSFERS = MemberDocuments.PROFILE + ".transfers";
    private static final int MAX_TRANSFERS = 100;

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
        // Regions first, then provinces, then communes; by slug within a kind: a stable order for paging.
        return store.page(filter, Sorts.ascending("kindOrder", AggregateStore.ID), page, MemberDocuments::member);
    }

    public List<Document> history(String slug) {
        return store.history(slug);
    }

    /** What {@link #adjustProfile} did. */
    public enum ProfileAdjustment {
        APPLIED,
        /** The member's count took this transfer before (an attempt that did not get to record it). */
        ALREADY_APPLIED,
        NO_MEMBER
    }

    /**
     * Moves one profile count by the transfer's delta, once per ticket, in one document write: the ticket is kept
     * in {@code profile.transfers} until {@link #forgetProfileTransfer}, and a write finding it there does
     * nothing. Only {@code profile} changes: not the version (staff's If-Match stays valid), no history entry, no
     * event.
     */
    public ProfileAdjustment adjustProfile(ProfileTransfer transfer) {
        String ticket = transfer.ticket();
        String slug = transfer.fact().memberSlug();
        UpdateResult result = store.collection().updateOne(and(eq(AggregateStore.ID, slug), Filters.ne(TRANSFERS, ticket)),
                Updates.combine(Updates.inc(countField(transfer.fact()), transfer.delta()),
                        // Normally one or two tickets wait here at a time; the bound only keeps a ticket left
                        // behind by a crash (after the fact's copy recorded the transfer) from piling up.
                        Updates.pushEach(TRANSFERS, List.of(ticket), new PushOptions().slice(-MAX_TRANSFERS))));
        if (result.getMatchedCount() > 0) {
            return ProfileAdjustment.APPLIED;
        }
        return store.collection().find(eq(AggregateStore.ID, slug)).projection(Projections.include(AggregateStore.ID))
                .first() == null ? ProfileAdjustment.NO_MEMBER : ProfileAdjustment.ALREADY_APPLIED;
    }

    /**
     * Moves the profile counts of many members at once (one bulk write, one update per member): each member's counts
     * move by the sum of its transfers, and all its tickets are kept, unless the member already holds any of them.
     * Returns whether every member's update was applied; when not (a member unknown, or a count that took some of
     * these tickets in an attempt that stopped), the caller settles the transfers one at a time, each by its ticket.
     */
    public boolean adjustProfiles(Map<String, List<ProfileTransfer>> transfersByMember) {
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        transfersByMember.forEach((slug, transfers) -> {
            Map<String, Integer> deltas = new LinkedHashMap<>();
            List<String> tickets = new ArrayList<>();
            for (ProfileTransfer transfer : transfers) {
                deltas.merge(countField(transfer.fact()), transfer.delta(), Integer::sum);
                tickets.add(transfer.ticket());
            }
            List<Bson> updates = new ArrayList<>();
            deltas.forEach((field, delta) -> updates.add(Updates.inc(field, delta)));
            // Every ticket of the batch stays until forgotten (the bound keeps up to MAX_TRANSFERS older ones).
            updates.add(Updates.pushEach(TRANSFERS, tickets, new PushOptions().slice(-(MAX_TRANSFERS + tickets.size()))));
            writes.add(new UpdateOneModel<>(and(eq(AggregateStore.ID, slug), Filters.nin(TRANSFERS, tickets)),
                    Updates.combine(updates)));
        });
        if (writes.isEmpty()) {
            return true;
        }
        return store.collection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount()
                == writes.size();
    }

    /** Drops the tickets of {@link #adjustProfiles} once the facts' copies record them (one bulk write). */
    public void forgetProfileTransfers(Map<String, List<ProfileTransfer>> transfersByMember) {
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        transfersByMember.forEach((slug, transfers) -> writes.add(new UpdateOneModel<>(eq(AggregateStore.ID, slug),
                Updates.pullAll(TRANSFERS, transfers.stream().map(ProfileTransfer::ticket).toList()))));
        if (!writes.isEmpty()) {
            store.collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** Drops a ticket once the fact's copy records that the member's count includes (or excludes) it. */
    public void forgetProfileTransfer(ProfileTransfer transfer) {
        store.collection().updateOne(eq(AggregateStore.ID, transfer.fact().memberSlug()),
                Updates.pull(TRANSFERS, transfer.ticket()));
    }

    private static String countField(ProfileFact fact) {
        return switch (fact.kind()) {
            case IDEA -> MemberDocuments.PROFILE + ".ideas";
            case PROJECT -> MemberDocuments.PROFILE + ".projects";
            case AXIS -> MemberDocuments.PROFILE + "." + MemberDocuments.ACTIVE_AXES + "." + fact.programme();
        };
    }
}
