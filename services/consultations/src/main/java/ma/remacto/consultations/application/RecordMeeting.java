package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.consultations.domain.Meeting;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.MeetingRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.ChangedFields;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/** The member's staff record a meeting or workshop that took place (or will), and correct it afterwards. */
@Service
public class RecordMeeting {

    private final MeetingRepository meetings;
    private final Members members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public RecordMeeting(MeetingRepository meetings, Members members, EventEnvelopes envelopes, AccessPolicy access,
            Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public Meeting record(String memberSlug, Meeting.Content content) {
        Actor actor = access.requireStaffOf(memberSlug);
        MemberDirectoryEntry member = members.requireActive(memberSlug);
        check(content);
        Instant now = clock.instant();
        Meeting meeting = new Meeting(Ids.newId(), memberSlug, content.kind(), content.title(), content.date(),
                content.place(), content.programme(), content.participants(), content.organisations(), content.agenda(),
                content.minutes(), content.outputs(), 0, 0, List.of(), now, now, 1);
        meetings.insert(meeting, member.regionSlug(), History.entry(now, actor, "RECORDED", null, null, null, null),
                envelopes.stage(ConsultationsEvents.meetingRecorded(meeting), actor));
        return meeting;
    }

    public Meeting edit(String id, Meeting.Content content, Long expectedVersion) {
        Meeting meeting = find(id);
        Actor actor = access.requireStaffOf(meeting.memberSlug());
        Versions.require(expectedVersion, meeting.version());
        check(content);
        List<String> changed = changedFields(meeting.content(), content);
        if (changed.isEmpty()) {
            return meeting;
        }
        Instant now = clock.instant();
        Meeting edited = meeting.edit(content, now);
        meetings.update(edited, History.entry(now, actor, "EDITED", null, null, changed, null),
                envelopes.stage(ConsultationsEvents.meetingEdited(edited, changed), actor));
        return edited;
    }

    Meeting find(String id) {
        return meetings.find(id).orElseThrow(() -> ProblemException.notFound("meeting.not-found", id));
    }

    /** Every breakdown of the participants that is given must add up to the total. */
    static void check(Meeting.Content content) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String breakdown : content.participants().breakdownsNotAddingUp()) {
            problems.add(new FieldProblem("participants." + breakdown, "meeting.participants.total-mismatch",
                    content.participants().total()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
    }

    static List<String> changedFields(Meeting.Content before, Meeting.Content after) {
        return new ChangedFields()
                .compare("kind", before.kind(), after.kind())
                .compare("title", before.title(), after.title())
                .compare("date", before.date(), after.date())
                .compare("place", before.place(), after.place())
                .compare("programme", before.programme(), after.programme())
                .compare("participants", before.participants(), after.participants())
                .compare("organisations", before.organisations(), after.organisations())
                .compare("agenda", before.agenda(), after.agenda())
                .compare("minutes", before.minutes(), after.minutes())
                .compare("outputs", before.outputs(), after.outputs())
                .names();
    }
}
