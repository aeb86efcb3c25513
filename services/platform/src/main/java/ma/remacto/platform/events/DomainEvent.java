package ma.remacto.platform.events;

import com.google.protobuf.Message;

/**
 * A fact about one aggregate, named in the past tense after what happened (MemberRegistered).
 *
 * @param topic            where it goes (see {@link Topics})
 * @param aggregateVersion the aggregate's version after the change
 * @param memberSlug       the member whose data changed, empty for network-level facts
 */
public record DomainEvent(Topic topic, String type, int schemaVersion, String aggregateType, String aggregateId,
        long aggregateVersion, String memberSlug, Message payload) {
}
