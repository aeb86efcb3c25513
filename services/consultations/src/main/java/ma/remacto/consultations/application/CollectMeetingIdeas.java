package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ma.remacto.consultations.domain.Meeting;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.AxisCopies;
import ma.remacto.consultations.persistence.MeetingRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The member's staff type in the ideas collected at a meeting. The service checks each row's axis against its
 * copy of ideation's axes (the member's active axes), numbers the collection, and emits MeetingIdeasCollected;
 * ideation records the rows as one workshop batch whose id is derived from meeting and collection number, so a
 * redelivered event records nothing twice. All rows or none.
 */
@Service
public class CollectMeetingIdeas {

    public record Collected(Meeting meeting, String batchId, int ideas) {
    }

    private final RecordMeeting record;
    private final MeetingRepository meetings;
    private final AxisCopies axes;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public CollectMeetingIdeas(RecordMeeting record, MeetingRepository meetings, AxisCopies axes,
            EventEnvelopes envelopes, AccessPolicy access, Clock clock) {
        this.record = record;
        this.meetings = meetings;
        this.axes = axes;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    /** @param shapeProblems what the API's row validation found, reported with the axis problems */
    public Collected handle(String meetingId, String source, List<ConsultationsEvents.Idea> ideas,
            List<FieldProblem> shapeProblems) {
        Meeting meeting = record.find(meetingId);
        Actor actor = access.requireStaffOf(meeting.memberSlug());
        List<FieldProblem> problems = new ArrayList<>(shapeProblems);
        Set<String> known = axes.activeCodes(meeting.memberSlug());
        for (int i = 0; i < ideas.size(); i++) {
            String code = ideas.get(i).axisCode();
            if (code != null && !known.contains(code)) {
                problems.add(new FieldProblem("rows[" + i + "].axisCode", "meeting.ideas.axis-unknown", code));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        Instant now = clock.instant();
        Meeting collected = meeting.collectIdeas(ideas.size(), now);
        String batchId = Meeting.batchId(meeting.id(), collected.ideaCollections());
        meetings.update(collected, History.entry(now, actor, "IDEAS_COLLECTED", meeting.ideasCollected(),
                collected.ideasCollected(), List.of("ideasCollected"), batchId),
                envelopes.stage(ConsultationsEvents.meetingIdeasCollected(collected, batchId, source, ideas), actor));
        return new Collected(collected, batchId, ideas.size());
    }
}
