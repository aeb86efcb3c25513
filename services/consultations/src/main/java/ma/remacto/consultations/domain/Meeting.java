package ma.remacto.consultations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meeting or workshop (اللقاء التشاوري / الورشة): when and where, who came (counts, never names), which
 * organisations were represented, its agenda, minutes and outputs, and how many ideas were collected there.
 */
public record Meeting(
        String id,
        String memberSlug,
        MeetingKind kind,
        LocalizedText title,
        LocalDate date,
        String place,
        String programme,
        ParticipationCounts participants,
        List<String> organisations,
        List<String> agenda,
        String minutes,
        List<String> outputs,
        int ideaCollections,
        long ideasCollected,
        List<IdeaCollection> collections,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Meeting {
        organisations = List.copyOf(organisations);
        agenda = List.copyOf(agenda);
        outputs = List.copyOf(outputs);
        collections = List.copyOf(collections);
    }

    /** The content staff type, compared field by field to tell what an edit changed. */
    public record Content(MeetingKind kind, LocalizedText title, LocalDate date, String place, String programme,
            ParticipationCounts participants, List<String> organisations, List<String> agenda, String minutes,
            List<String> outputs) {
    }

    public Content content() {
        return new Content(kind, title, date, place, programme, participants, organisations, agenda, minutes, outputs);
    }

    public Meeting edit(Content c, Instant at) {
        return new Meeting(id, memberSlug, c.kind(), c.title(), c.date(), c.place(), c.programme(), c.participants(),
                c.organisations(), c.agenda(), c.minutes(), c.outputs(), ideaCollections, ideasCollected, collections,
                createdAt, at, version + 1);
    }

    /**
     * One more collection of ideas: its number makes the batch id ideation records them under. A client's batch id
     * (with a fingerprint of the rows) is remembered so that sending the same table again is recognised.
     */
    public Meeting collectIdeas(int count, String clientBatchId, String fingerprint, Instant at) {
        List<IdeaCollection> remembered = new ArrayList<>(collections);
        if (clientBatchId != null) {
            remembered.add(new IdeaCollection(ideaCollections + 1, clientBatchId, count, fingerprint, at));
        }
        return new Meeting(id, memberSlug, kind, title, date, place, programme, participants, organisations, agenda,
                minutes, outputs, ideaCollections + 1, ideasCollected + count, remembered, createdAt, at, version + 1);
    }

    /** The collection a client's batch id already made, if any. */
    public Optional<IdeaCollection> collection(String clientBatchId) {
        return collections.stream().filter(c -> c.batchId().equals(clientBatchId)).findFirst();
    }

    /** Stable for a meeting and a collection number, so a redelivered event is one batch in ideation. */
    public static String batchId(String meetingId, int collection) {
        return "meeting-" + meetingId + "-" + collection;
    }
}
