package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ma.remacto.consultations.domain.CalendarStage;
import ma.remacto.consultations.domain.CoPreparationCalendar;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.CalendarRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemArgument;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.time.Today;

import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * The member's staff set the co-preparation calendar of a programme: the stages with planned and actual dates.
 * The first call creates it, later ones replace its stages (a change with no effect writes nothing). Every date and
 * note a save sets, moves or clears is in the calendar's history, stage by stage.
 */
@Service
public class UpdateCalendar {

    public record Result(CoPreparationCalendar calendar, boolean created) {
    }

    private final CalendarRepository calendars;
    private final Members members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Today today;
    private final Clock clock;

    public UpdateCalendar(CalendarRepository calendars, Members members, EventEnvelopes envelopes, AccessPolicy access,
            Today today, Clock clock) {
        this.calendars = calendars;
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.today = today;
        this.clock = clock;
    }

    public Result handle(String memberSlug, String programme, List<CalendarStage> stages, Long expectedVersion) {
        Actor actor = access.requireStaffOf(memberSlug);
        MemberDirectoryEntry member = members.requireActive(memberSlug);
        check(stages);
        Instant now = clock.instant();
        CoPreparationCalendar existing = calendars.find(memberSlug, programme).orElse(null);
        if (existing == null) {
            CoPreparationCalendar calendar = new CoPreparationCalendar(Ids.newId(), memberSlug, programme, stages, now,
                    now, 1);
            calendars.insert(calendar, member.regionSlug(), history(now, actor, "CREATED", List.of(), calendar.stages()),
                    envelopes.stage(ConsultationsEvents.calendarUpdated(calendar), actor));
            return new Result(calendar, true);
        }
        Versions.require(expectedVersion, existing.version());
        CoPreparationCalendar updated = existing.withStages(stages, now);
        if (updated.stages().equals(existing.stages())) {
            return new Result(existing, false);
        }
        calendars.update(updated, history(now, actor, "UPDATED", existing.stages(), updated.stages()),
                envelopes.stage(ConsultationsEvents.calendarUpdated(updated), actor));
        return new Result(updated, false);
    }

    /**
     * One entry per date or note a save changed (who, when, which stage's which value, from, to), all in the save's
     * write; a calendar created empty still has its creation entry.
     */
    private static List<Document> history(Instant now, Actor actor, String action, List<CalendarStage> before,
            List<CalendarStage> after) {
        List<Document> entries = CoPreparationCalendar.changes(before, after).stream()
                .map(change -> History.entry(now, actor, action, change.from(), change.to(), List.of(change.field()),
                        null))
                .toList();
        return entries.isEmpty() ? List.of(History.entry(now, actor, action, null, null, null, null)) : entries;
    }

    private void check(List<CalendarStage> stages) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            CalendarStage s = stages.get(i);
            String prefix = "stages[" + i + "].";
            if (!seen.add(s.stage())) {
                problems.add(new FieldProblem(prefix + "stage", "calendar.stage.repeated",
                        ProblemArgument.word("calendar.stage." + s.stage().name())));
            }
            if (s.plannedStart() != null && s.plannedEnd() != null && s.plannedEnd().isBefore(s.plannedStart())) {
                problems.add(new FieldProblem(prefix + "plannedEnd", "calendar.dates.reversed"));
            }
            if (s.actualStart() != null && s.actualEnd() != null && s.actualEnd().isBefore(s.actualStart())) {
                problems.add(new FieldProblem(prefix + "actualEnd", "calendar.dates.reversed"));
            }
            if (s.actualEnd() != null && s.actualStart() == null) {
                problems.add(new FieldProblem(prefix + "actualStart", "calendar.actual-start.required"));
            }
            if (s.actualStart() != null && s.actualStart().isAfter(today.date())) {
                problems.add(new FieldProblem(prefix + "actualStart", "calendar.actual.future"));
            }
            if (s.actualEnd() != null && s.actualEnd().isAfter(today.date())) {
                problems.add(new FieldProblem(prefix + "actualEnd", "calendar.actual.future"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
    }
}
