package ma.remacto.members.events;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.ActivityProgressRecorded;
import ma.remacto.events.v1.AxisCard;
import ma.remacto.events.v1.AxisDefined;
import ma.remacto.events.v1.AxisUpdated;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.IdeaEdited;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.events.v1.IdeaSupported;
import ma.remacto.events.v1.IndicatorMeasured;
import ma.remacto.events.v1.OpennessProjectEdited;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.events.v1.OpennessProjectPublicationChanged;
import ma.remacto.events.v1.OpennessProjectWithdrawn;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.members.domain.ProfileFact;
import ma.remacto.platform.events.PoisonEventException;

/**
 * Reads what the profile counts need from ideation's and projects' events: every idea, axis and project event
 * carries the whole card, so any of them (including a replay of the newest only, the topics are compacted)
 * tells whether the idea, axis or project counts. Action plan events and unknown types tell nothing.
 */
public final class ProfileFactEvents {

    /** Programme periods as ideation accepts them; the period becomes a field name of the member's counts. */
    private static final Pattern PROGRAMME = Pattern.compile("[0-9]{4}-[0-9]{4}");

    private ProfileFactEvents() {
    }

    public static Optional<ProfileFact> read(EventEnvelope envelope) {
        try {
            var payload = envelope.getPayload();
            return Optional.ofNullable(switch (envelope.getEventType()) {
                case "IdeaSubmitted" -> idea(payload.unpack(IdeaSubmitted.class).getIdea());
                case "IdeaEdited" -> idea(payload.unpack(IdeaEdited.class).getIdea());
                case "IdeaStateChanged" -> idea(payload.unpack(IdeaStateChanged.class).getIdea());
                case "IdeaSupported" -> idea(payload.unpack(IdeaSupported.class).getIdea());
                case "AxisDefined" -> axis(payload.unpack(AxisDefined.class).getAxis());
                case "AxisUpdated" -> axis(payload.unpack(AxisUpdated.class).getAxis());
                case "OpennessProjectFormulated" -> project(payload.unpack(OpennessProjectFormulated.class).getProject(), false);
                case "OpennessProjectEdited" -> project(payload.unpack(OpennessProjectEdited.class).getProject(), false);
                case "ActivityProgressRecorded" -> project(payload.unpack(ActivityProgressRecorded.class).getProject(), false);
                case "IndicatorMeasured" -> project(payload.unpack(IndicatorMeasured.class).getProject(), false);
                case "OpennessProjectPublicationChanged" ->
                        project(payload.unpack(OpennessProjectPublicationChanged.class).getProject(), false);
                case "OpennessProjectWithdrawn" -> project(payload.unpack(OpennessProjectWithdrawn.class).getProject(), true);
                default -> null; // action plans, and types a newer producer added: nothing to count
            });
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
    }

    private static ProfileFact idea(IdeaCard idea) {
        require(idea.getId(), idea.getMemberSlug(), "idea");
        return ProfileFact.idea(idea.getId(), idea.getMemberSlug(), idea.getVersion(), idea.getState());
    }

    private static ProfileFact axis(AxisCard axis) {
        require(axis.getId(), axis.getMemberSlug(), "axis");
        if (!PROGRAMME.matcher(axis.getProgramme()).matches()) {
            throw new PoisonEventException("axis " + axis.getId() + " with programme '" + axis.getProgramme() + "'");
        }
        return ProfileFact.axis(axis.getId(), axis.getMemberSlug(), axis.getVersion(), axis.getProgramme(), axis.getActive());
    }

    private static ProfileFact project(ProjectCard project, boolean withdrawn) {
        require(project.getId(), project.getMemberSlug(), "project");
        return ProfileFact.project(project.getId(), project.getMemberSlug(), project.getVersion(), project.getPublished(),
                withdrawn);
    }

    private static void require(String id, String memberSlug, String what) {
        if (id.isBlank() || memberSlug.isBlank()) {
            throw new PoisonEventException(what + " card without an id or a member");
        }
    }
}
