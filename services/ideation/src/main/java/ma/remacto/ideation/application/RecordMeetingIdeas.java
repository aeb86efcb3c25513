package ma.remacto.ideation.application;

import java.util.List;
import java.util.stream.Collectors;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.CollectedIdea;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.MeetingIdeasCollected;
import ma.remacto.ideation.domain.IdeaSource;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.domain.SubmitterProfile;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Component;

/**
 * Ideas collected at a meeting (consultations' MeetingIdeasCollected) become one workshop batch of the meeting's
 * member, recorded by {@code system:consultations} through {@link RecordWorkshopIdeas}: the batch id comes from
 * the event (meeting id + collection number), so a redelivered or replayed event records nothing twice. Other
 * consultations events are ignored. A batch ideation refuses (an axis retired since consultations checked it, an
 * unknown member, a source it does not know) can never be applied as it is: it is dead-lettered at once with the
 * refusal's code and fields as the reason, and the subscription goes on.
 */
@Component
public class RecordMeetingIdeas {

    static final Actor CONSULTATIONS = Actor.system("consultations");

    private final RecordWorkshopIdeas record;

    public RecordMeetingIdeas(RecordWorkshopIdeas record) {
        this.record = record;
    }

    public void apply(EventEnvelope envelope) {
        if (!"MeetingIdeasCollected".equals(envelope.getEventType())) {
            return;
        }
        MeetingIdeasCollected event;
        try {
            event = envelope.getPayload().unpack(MeetingIdeasCollected.class);
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match MeetingIdeasCollected: " + e.getMessage());
        }
        String member = event.getMeeting().getMemberSlug();
        if (member.isBlank() || event.getBatchId().isBlank() || event.getIdeasCount() == 0) {
            throw new PoisonEventException("MeetingIdeasCollected without member, batch id or ideas");
        }
        IdeaSource source;
        try {
            source = IdeaSource.valueOf(event.getSource().isBlank() ? "LIVE_WORKSHOP" : event.getSource());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("unknown idea source " + event.getSource());
        }
        List<RecordWorkshopIdeas.Row> rows = event.getIdeasList().stream().map(RecordMeetingIdeas::row).toList();
        try {
            record.record(CONSULTATIONS, member, event.getBatchId(), source, rows, List.of());
        } catch (ProblemException refused) {
            throw new PoisonEventException("ideation refused batch " + event.getBatchId() + ": " + refused.code() + " "
                    + refused.fieldProblems().stream().map(p -> p.field() + "=" + p.code())
                            .collect(Collectors.joining(", ")));
        }
    }

    private static RecordWorkshopIdeas.Row row(CollectedIdea idea) {
        return new RecordWorkshopIdeas.Row(new IdeaDraft(null, emptyToNull(idea.getAxisCode()),
                emptyToNull(idea.getCategory()), idea.getProblem().strip(), idea.getProposedSolution().strip(),
                emptyToNull(idea.getNote()), SubmitterProfile.NONE), null, IdeaState.RECEIVED, null);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
