package ma.remacto.consultations.application;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.consultations.persistence.AxisCopies;
import ma.remacto.events.v1.AxisCard;
import ma.remacto.events.v1.AxisDefined;
import ma.remacto.events.v1.AxisUpdated;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.platform.events.PoisonEventException;

import org.springframework.stereotype.Component;

/** Keeps a copy of ideation's axes (member, code, active) from its events; idea events are ignored. */
@Component
public class CopyIdeationAxes {

    private final AxisCopies axes;

    public CopyIdeationAxes(AxisCopies axes) {
        this.axes = axes;
    }

    public void apply(EventEnvelope envelope) {
        AxisCard card;
        try {
            card = switch (envelope.getEventType()) {
                case "AxisDefined" -> envelope.getPayload().unpack(AxisDefined.class).getAxis();
                case "AxisUpdated" -> envelope.getPayload().unpack(AxisUpdated.class).getAxis();
                default -> null;
            };
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
        if (card == null) {
            return;
        }
        if (card.getId().isBlank() || card.getMemberSlug().isBlank()) {
            throw new PoisonEventException("axis card without id or member");
        }
        axes.save(card.getId(), card.getMemberSlug(), card.getCode(), card.getActive(),
                Math.max(card.getVersion(), envelope.getAggregateVersion()));
    }
}
