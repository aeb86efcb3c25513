package ma.remacto.projects.application;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.AxisDefined;
import ma.remacto.events.v1.AxisUpdated;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaEdited;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.events.v1.IdeaSupported;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.projects.persistence.IdeationCopies;

import org.springframework.stereotype.Component;

/** Keeps the copies of ideation's axes and ideas that formulating a project checks against. */
@Component
public class CopyIdeationFacts {

    private final IdeationCopies copies;

    public CopyIdeationFacts(IdeationCopies copies) {
        this.copies = copies;
    }

    public void apply(EventEnvelope envelope) {
        try {
            switch (envelope.getEventType()) {
                case "AxisDefined" -> copies.copy(envelope.getPayload().unpack(AxisDefined.class).getAxis());
                case "AxisUpdated" -> copies.copy(envelope.getPayload().unpack(AxisUpdated.class).getAxis());
                case "IdeaSubmitted" -> copies.copy(envelope.getPayload().unpack(IdeaSubmitted.class).getIdea());
                case "IdeaEdited" -> copies.copy(envelope.getPayload().unpack(IdeaEdited.class).getIdea());
                case "IdeaStateChanged" -> copies.copy(envelope.getPayload().unpack(IdeaStateChanged.class).getIdea());
                case "IdeaSupported" -> copies.copy(envelope.getPayload().unpack(IdeaSupported.class).getIdea());
                default -> {
                    // a newer event type this version does not know: nothing to copy
                }
            }
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
    }
}
