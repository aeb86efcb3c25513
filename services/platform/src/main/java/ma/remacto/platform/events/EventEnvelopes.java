package ma.remacto.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import com.google.protobuf.Any;
import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.web.CorrelationId;

/** Wraps domain events in the one envelope every topic carries, ready to be staged in an outbox. */
public class EventEnvelopes {

    private final Clock clock;

    public EventEnvelopes(Clock clock) {
        this.clock = clock;
    }

    public PendingEvent stage(DomainEvent event, Actor actor) {
        Instant now = clock.instant();
        String eventId = Ids.newId();
        EventEnvelope envelope = EventEnvelope.newBuilder()
                .setEventId(eventId)
                .setEventType(event.type())
                .setSchemaVersion(event.schemaVersion())
                .setOccurredAt(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
                .setMemberId(event.memberSlug() == null ? "" : event.memberSlug())
                .setActor(actor.toEvent())
                .setCorrelationId(CorrelationId.current().orElse(eventId))
                .setAggregateType(event.aggregateType())
                .setAggregateId(event.aggregateId())
                .setAggregateVersion(event.aggregateVersion())
                .setPayload(Any.pack(event.payload(), "type.remacto.ma"))
                .build();
        return new PendingEvent(eventId, event.topic().name(), event.aggregateId(), event.type(), envelope.toByteArray(),
                Date.from(now));
    }

    public static Instant occurredAt(EventEnvelope envelope) {
        return Instant.ofEpochSecond(envelope.getOccurredAt().getSeconds(), envelope.getOccurredAt().getNanos());
    }
}
