package ma.remacto.members.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.members.domain.ProfileFact;
import ma.remacto.members.domain.ProfileTransfer;
import ma.remacto.members.events.ProfileFactEvents;
import ma.remacto.members.persistence.MemberRepository;
import ma.remacto.members.persistence.MemberRepository.ProfileAdjustment;
import ma.remacto.members.persistence.ProfileFactCopies;
import ma.remacto.members.persistence.ProfileFactCopies.Copy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps each member's public profile counts (ideas, projects, axes of the current programme) from ideation's and
 * projects' events, exactly: an event may come twice, late (an older version after a newer one) or be replayed,
 * and the handler may stop between any two writes.
 *
 * <p>So nothing is counted from the event itself. The event updates the fact's copy if it is newer (one atomic
 * write); then the member's count follows the copy: only when the copy's {@code counted} differs from what the
 * count includes ({@code inProfile}) does the count move by one, in three writes that can each be repeated:
 * the member's count moves once per ticket (the fact at that version), the copy records {@code inProfile}, the
 * ticket is dropped. A crash anywhere leaves the copy unsettled or the ticket in place, and the redelivered
 * event (always redelivered: offsets are committed after the handler) finishes the work without counting twice.
 * Moving the count by one rather than counting a member's copies keeps each event's cost constant: the
 * MongoDB-wire server used locally ignores non-unique indexes, so a count per member would scan every copy.
 *
 * <p>Counts are not card edits: the member's version (its ETag, which staff send back in If-Match) does not
 * change, nothing goes into the member's history (it records what staff did to the card; the ideas and projects
 * have their own histories in their services, and a member with thousands of ideas would drown its own), and no
 * MemberUpdated is published: the topic's MemberCard carries no counts, and otherwise every idea submitted or
 * withdrawn and every project published would send a member event to every service that copies the directory.
 */
@Component
public class CountProfileFacts {

    private static final Logger LOG = LoggerFactory.getLogger(CountProfileFacts.class);

    private final ProfileFactCopies copies;
    private final MemberRepository members;

    public CountProfileFacts(ProfileFactCopies copies, MemberRepository members) {
        this.copies = copies;
        this.members = members;
    }

    public void apply(EventEnvelope envelope) {
        ProfileFactEvents.read(envelope).ifPresent(this::count);
    }

    /**
     * A whole poll at once: the copies in one read and one write per kind, then every member's counts in one bulk
     * write, the copies marked and the tickets dropped in one each. The same three steps as one event's, in the same
     * order, so a crash anywhere leaves what {@link #apply} (and this) finish on redelivery. When a member's update
     * does not apply (unknown member, or tickets taken in an attempt that stopped), the batch's copies are settled one
     * at a time, each by its own ticket.
     */
    public void applyAll(List<EventEnvelope> envelopes) {
        List<ProfileFact> facts = envelopes.stream().map(ProfileFactEvents::read).flatMap(Optional::stream).toList();
        List<Copy> unsettled = copies.copyAll(facts).stream().filter(copy -> !copy.settled()).toList();
        if (unsettled.isEmpty()) {
            return;
        }
        Map<String, List<ProfileTransfer>> transfers = new LinkedHashMap<>();
        for (Copy copy : unsettled) {
            transfers.computeIfAbsent(copy.fact().memberSlug(), m -> new ArrayList<>()).add(new ProfileTransfer(copy.fact()));
        }
        if (!members.adjustProfiles(transfers)) {
            unsettled.forEach(this::settle);
            return;
        }
        copies.markAllInProfile(unsettled);
        members.forgetProfileTransfers(transfers);
    }

    void count(ProfileFact fact) {
        copies.copy(fact);
        // Also when the copy was not newer: a previous attempt may have stopped before the count followed.
        copies.find(fact.kind(), fact.id()).filter(copy -> !copy.settled()).ifPresent(this::settle);
    }

    private void settle(Copy copy) {
        ProfileTransfer transfer = new ProfileTransfer(copy.fact());
        if (members.adjustProfile(transfer) == ProfileAdjustment.NO_MEMBER) {
            // ideation and projects only take ideas and projects of registered members, so this is a member the
            // directory does not have (another environment's data): the copy stays unsettled, and its next event
            // counts it if the member exists by then.
            LOG.warn("No member {} to count {} {} for", copy.fact().memberSlug(), copy.fact().kind(), copy.fact().id());
            return;
        }
        copies.markInProfile(copy.fact().kind(), copy.fact().id(), copy.fact().counted());
        members.forgetProfileTransfer(transfer);
    }
}
