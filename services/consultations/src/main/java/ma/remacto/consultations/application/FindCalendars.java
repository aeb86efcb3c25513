package ma.remacto.consultations.application;

import java.time.LocalDate;
import java.util.List;

import ma.remacto.consultations.domain.CalendarStage;
import ma.remacto.consultations.domain.CoPreparationCalendar;
import ma.remacto.consultations.domain.StageStatus;
import ma.remacto.consultations.persistence.CalendarRepository;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.time.Today;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * Calendars are public, read as a timeline: stages in order, each with its status today (Africa/Casablanca); their
 * history is the member's staff's.
 */
@Service
public class FindCalendars {

    public record TimelineStage(CalendarStage stage, StageStatus status) {
    }

    public record Timeline(CoPreparationCalendar calendar, LocalDate today, List<TimelineStage> stages) {
    }

    private final CalendarRepository calendars;
    private final Today today;
    private final AccessPolicy access;
    private final Members members;

    public FindCalendars(CalendarRepository calendars, Today today, AccessPolicy access, Members members) {
        this.calendars = calendars;
        this.today = today;
        this.access = access;
        this.members = members;
    }

    public PageResult<Timeline> list(String member, String region, String programme, PageQuery page) {
        LocalDate day = today.date();
        return calendars.list(member, region, programme, page).map(c -> timeline(c, day));
    }

    public Timeline one(String member, String programme) {
        return timeline(calendar(member, programme), today.date());
    }

    /** Every change of the calendar, date by date (the member's staff). */
    public List<Document> history(String member, String programme) {
        access.requireStaffOf(member);
        return calendars.history(calendar(member, programme).id());
    }

    private CoPreparationCalendar calendar(String member, String programme) {
        return calendars.find(member, programme)
                .orElseThrow(() -> ProblemException.notFound("calendar.not-found", members.name(member), programme)
                        .with("member", member).with("programme", programme));
    }

    static Timeline timeline(CoPreparationCalendar calendar, LocalDate day) {
        return new Timeline(calendar, day, calendar.stages().stream()
                .map(s -> new TimelineStage(s, s.statusOn(day))).toList());
    }
}
