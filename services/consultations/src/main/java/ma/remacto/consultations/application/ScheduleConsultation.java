package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationItem;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.domain.LocalizedText;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.ConsultationRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The member's staff schedule a public consultation on the draft programme (or on named items) with its window;
 * or record, after the fact, a consultation whose window has passed (held before the platform, or elsewhere),
 * which is closed from the start and takes no contributions.
 */
@Service
public class ScheduleConsultation {

    /** What staff type to schedule or record a consultation. */
    public record Draft(String member, LocalizedText title, LocalizedText description, String planId, String programme,
            List<ConsultationItem> items, Instant opensAt, Instant closesAt) {
    }

    private final ConsultationRepository consultations;
    private final Members members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public ScheduleConsultation(ConsultationRepository consultations, Members members, EventEnvelopes envelopes,
            AccessPolicy access, Clock clock) {
        this.consultations = consultations;
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public Consultation schedule(Draft draft) {
        Actor actor = access.requireStaffOf(draft.member());
        MemberDirectoryEntry member = members.requireActive(draft.member());
        Instant now = clock.instant();
        List<FieldProblem> problems = check(draft);
        if (!draft.closesAt().isAfter(now)) {
            problems.add(new FieldProblem("closesAt", "consultation.window.past"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        Consultation consultation = new Consultation(Ids.newId(), draft.member(), draft.title(), draft.description(),
                draft.planId(), draft.programme(), draft.items(), draft.opensAt(), draft.closesAt(),
                ConsultationStatus.SCHEDULED, null, null, false, null, null, now, now, 1);
        consultations.insert(consultation, member.regionSlug(),
                List.of(History.entry(now, actor, "SCHEDULED", null, ConsultationStatus.SCHEDULED.name(), null, null)),
                List.of(envelopes.stage(ConsultationsEvents.consultationScheduled(consultation, null,
                        ConsultationsEvents.Tally.NONE), actor)));
        return consultation;
    }

    /** A past consultation, recorded closed, with the number of contributions staff counted in their records. */
    public Consultation recordPast(Draft draft, Integer recordedContributions) {
        Actor actor = access.requireStaffOf(draft.member());
        MemberDirectoryEntry member = members.requireActive(draft.member());
        Instant now = clock.instant();
        List<FieldProblem> problems = check(draft);
        if (draft.closesAt().isAfter(now)) {
            problems.add(new FieldProblem("closesAt", "consultation.window.not-past"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        Consultation consultation = new Consultation(Ids.newId(), draft.member(), draft.title(), draft.description(),
                draft.planId(), draft.programme(), draft.items(), draft.opensAt(), draft.closesAt(),
                ConsultationStatus.CLOSED, null, null, true, recordedContributions, null, now, now, 1);
        consultations.insert(consultation, member.regionSlug(),
                List.of(History.entry(now, actor, "RECORDED_PAST", null, ConsultationStatus.CLOSED.name(), null, null)),
                List.of(envelopes.stage(ConsultationsEvents.consultationMoved(consultation, ConsultationStatus.CLOSED,
                        ConsultationsEvents.Tally.NONE), actor)));
        return consultation;
    }

    static List<FieldProblem> check(Draft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!draft.opensAt().isBefore(draft.closesAt())) {
            problems.add(new FieldProblem("closesAt", "consultation.window.reversed"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < draft.items().size(); i++) {
            if (!ids.add(draft.items().get(i).id())) {
                problems.add(new FieldProblem("items[" + i + "].id", "consultation.item.repeated",
                        draft.items().get(i).id()));
            }
        }
        return problems;
    }
}
