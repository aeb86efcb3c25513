package ma.remacto.consultations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Meeting {
        organisations = List.copyOf(organisations);
        agenda = List.copyOf(agenda);
        outputs = List.copyOf(outputs);
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
                c.organisations(), c.agenda(), c.minutes(), c.outputs(), ideaCollections, ideasCollected, createdAt, at,
                version + 1);
    }

    /** One more collection of ideas: its number makes the batch id ideation records them under. */
    public Meeting collectIdeas(int count, Instant at) {
        return new Meeting(id, memberSlug, kind, title, date, place, programme, participants, organisations, agenda,
                minutes, outputs, ideaCollections + 1, ideasCollected + count, createdAt, at, version + 1);
    }

    /** Stable for a meeting and a collection number, so a redelivered event is one batch in ideation. */
    public static String batchId(String meetingId, int collection) {
        return "meeting-" + meetingId + "-" + collection;
    }
}
