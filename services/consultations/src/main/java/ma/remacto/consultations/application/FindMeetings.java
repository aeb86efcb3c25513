package ma.remacto.consultations.application;

import java.time.LocalDate;
import java.util.List;

import ma.remacto.consultations.domain.Meeting;
import ma.remacto.consultations.domain.MeetingKind;
import ma.remacto.consultations.persistence.MeetingRepository;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.springframework.stereotype.Service;

/** Meetings are public: by member, region, kind and period. */
@Service
public class FindMeetings {

    private final RecordMeeting record;
    private final MeetingRepository meetings;
    private final AccessPolicy access;

    public FindMeetings(RecordMeeting record, MeetingRepository meetings, AccessPolicy access) {
        this.record = record;
        this.meetings = meetings;
        this.access = access;
    }

    public PageResult<Meeting> list(String member, String region, MeetingKind kind, LocalDate from, LocalDate to,
            PageQuery page) {
        return meetings.list(member, region, kind, from, to, page);
    }

    public Meeting one(String id) {
        return record.find(id);
    }

    public List<Document> history(String id) {
        access.requireStaffOf(record.find(id).memberSlug());
        return meetings.history(id);
    }
}
