package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ma.remacto.consultations.domain.IdeaCollection;
import ma.remacto.consultations.domain.Meeting;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.AxisCopies;
import ma.remacto.consultations.persistence.MeetingRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.ContentKeys;
import ma.remacto.platform.mongo.ConcurrentChangeException;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemArgument;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The member's staff type in the ideas collected at a meeting. The service checks each row's axis against its
 * copy of ideation's axes (the member's active axes), numbers the collection, and emits MeetingIdeasCollected;
 * ideation records the rows as one workshop batch whose id is derived from meeting and collection number, so a
 * redelivered event records nothing twice. All rows or none.
 *
 * <p>A client's batch id, fixed when its form opens, makes sending twice (a double click, a reload, a retry after a
 * lost answer) harmless: the meeting remembers the batch id with a fingerprint of the rows, so the same rows again
 * record nothing and answer like the first send, and other rows under the same id are refused (409
 * {@code meeting.ideas.batch-reused}). Two sends at once race on the meeting's version; the loser reads the meeting
 * again and finds the winner's collection.
 */
@Service
public class CollectMeetingIdeas {

    /** @param alreadyRecorded the client's batch id had made this collection before; nothing was recorded now */
    public record Collected(Meeting meeting, String batchId, int ideas, boolean alreadyRecorded) {
    }

    private static final int ATTEMPTS = 5;

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

    /**
     * @param clientBatchId the client's id for this table, or null (every send is then a new collection)
     * @param shapeProblems what the API's row validation found, reported with the axis problems
     */
    public Collected handle(String meetingId, String clientBatchId, String source,
            List<ConsultationsEvents.Idea> ideas, List<FieldProblem> shapeProblems) {
        Meeting meeting = record.find(meetingId);
        Actor actor = access.requireStaffOf(meeting.memberSlug());
        String fingerprint = fingerprint(source, ideas);
        for (int attempt = 1; ; attempt++) {
            Optional<Collected> earlier = earlier(meeting, clientBatchId, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            check(meeting, ideas, shapeProblems);
            Instant now = clock.instant();
            Meeting collected = meeting.collectIdeas(ideas.size(), clientBatchId, fingerprint, now);
            String batchId = Meeting.batchId(meeting.id(), collected.ideaCollections());
            try {
                meetings.update(collected, History.entry(now, actor, "IDEAS_COLLECTED", meeting.ideasCollected(),
                        collected.ideasCollected(), List.of("ideasCollected"), batchId),
                        envelopes.stage(ConsultationsEvents.meetingIdeasCollected(collected, batchId, source, ideas),
                                actor));
                return new Collected(collected, batchId, ideas.size(), false);
            } catch (ConcurrentChangeException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                meeting = record.find(meetingId);
            }
        }
    }

    /** What the client's batch id already collected: the same answer for the same rows, a refusal for others. */
    private Optional<Collected> earlier(Meeting meeting, String clientBatchId, String fingerprint) {
        if (clientBatchId == null) {
            return Optional.empty();
        }
        return meeting.collection(clientBatchId).map(collection -> {
            String batchId = Meeting.batchId(meeting.id(), collection.number());
            if (!collection.fingerprint().equals(fingerprint)) {
                throw reused(collection, batchId);
            }
            return new Collected(meeting, batchId, collection.ideas(), true);
        });
    }

    private ProblemException reused(IdeaCollection collection, String batchId) {
        return ProblemException.conflict("meeting.ideas.batch-reused",
                ProblemArgument.dateTime(collection.at(), clock.getZone()), String.valueOf(collection.ideas()))
                .with("batchId", collection.batchId()).with("ideationBatchId", batchId)
                .with("ideas", collection.ideas()).with("collectedAt", collection.at().toString());
    }

    private void check(Meeting meeting, List<ConsultationsEvents.Idea> ideas, List<FieldProblem> shapeProblems) {
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
    }

    /** The source and every row's fields, each length-prefixed so that no two different tables read the same. */
    static String fingerprint(String source, List<ConsultationsEvents.Idea> ideas) {
        StringBuilder text = new StringBuilder();
        append(text, source);
        for (ConsultationsEvents.Idea idea : ideas) {
            for (String field : new String[] {idea.axisCode(), idea.category(), idea.problem(),
                    idea.proposedSolution(), idea.note()}) {
                append(text, field);
            }
        }
        return ContentKeys.sha256Hex(text.toString());
    }

    private static void append(StringBuilder text, String field) {
        if (field == null) {
            text.append("-1:");
        } else {
            text.append(field.length()).append(':').append(field);
        }
    }
}
