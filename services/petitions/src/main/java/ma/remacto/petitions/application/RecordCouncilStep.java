package ma.remacto.petitions.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.petitions.domain.LocalizedText;
import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.events.PetitionsEvents;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.time.Today;

import org.springframework.stereotype.Service;

/**
 * The member's staff record the council's steps on a filed petition: the bureau finds it admissible (date) or
 * inadmissible (reasons required), the standing committee named, the next ordinary session named (with its date),
 * the council's decision, the agent notified. Each step dated (default today, never in the future except the
 * session's date), in the history and in the public steps.
 */
@Service
public class RecordCouncilStep {

    private final PetitionGuard guard;
    private final PetitionRepository petitions;
    private final Snapshots snapshots;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Today today;

    public RecordCouncilStep(PetitionGuard guard, PetitionRepository petitions, Snapshots snapshots,
            EventEnvelopes envelopes, AccessPolicy access, Today today) {
        this.guard = guard;
        this.petitions = petitions;
        this.snapshots = snapshots;
        this.envelopes = envelopes;
        this.access = access;
        this.today = today;
    }

    public record StepRequest(PetitionStatus to, LocalDate date, String committee, LocalizedText session,
            LocalDate sessionDate, String decision, String reasons) {
    }

    public Petition handle(String id, StepRequest step, Long expectedVersion) {
        Petition petition = guard.petition(id);
        Actor actor = access.requireStaffOf(petition.memberSlug());
        PetitionGuard.requireVersion(expectedVersion, petition.version());
        if (!step.to().isCouncilStep() || !petition.status().canMoveTo(step.to())) {
            throw ProblemException.conflict("petition.transition-not-allowed", petition.status().name(), step.to().name());
        }
        LocalDate day = step.date() == null ? today.date() : step.date();
        List<FieldProblem> problems = new ArrayList<>();
        if (day.isAfter(today.date())) {
            problems.add(new FieldProblem("date", "petition.date.future"));
        }
        if (petition.filedOn() != null && day.isBefore(petition.filedOn())) {
            problems.add(new FieldProblem("date", "petition.date.before-filing"));
        }
        String committee = PetitionGuard.blankToNull(step.committee());
        String decision = PetitionGuard.blankToNull(step.decision());
        String reasons = PetitionGuard.blankToNull(step.reasons());
        Petition.Change change;
        String publicReason = null;
        switch (step.to()) {
            case ADMISSIBLE -> change = new Petition.Change(null, null, day, null, null, null, null, null, null, null);
            case INADMISSIBLE -> {
                if (reasons == null) {
                    problems.add(new FieldProblem("reasons", "petition.reasons.required"));
                }
                publicReason = reasons;
                change = new Petition.Change(null, null, null, reasons, null, null, null, null, null, null);
            }
            case IN_COMMITTEE -> {
                if (committee == null) {
                    problems.add(new FieldProblem("committee", "petition.committee.required"));
                }
                publicReason = committee;
                change = new Petition.Change(null, null, null, null, committee, null, null, null, null, null);
            }
            case ON_SESSION_AGENDA -> {
                if (step.session() == null || PetitionGuard.blankToNull(step.session().ar()) == null) {
                    problems.add(new FieldProblem("session.ar", "petition.session.required"));
                }
                if (step.sessionDate() == null) {
                    problems.add(new FieldProblem("sessionDate", "petition.session.date-required"));
                } else if (step.sessionDate().isBefore(day)) {
                    problems.add(new FieldProblem("sessionDate", "petition.session.date-past"));
                }
                publicReason = step.session() == null ? null : step.session().ar();
                change = new Petition.Change(null, null, null, null, null, step.session(), step.sessionDate(), null, null,
                        null);
            }
            case DECIDED -> {
                if (decision == null) {
                    problems.add(new FieldProblem("decision", "petition.decision.required"));
                }
                publicReason = decision;
                change = new Petition.Change(null, null, null, null, null, null, null, decision, day, null);
            }
            case AGENT_NOTIFIED -> change = new Petition.Change(null, null, null, null, null, null, null, null, null, day);
            default -> throw ProblemException.conflict("petition.transition-not-allowed", petition.status().name(),
                    step.to().name());
        }
        PetitionGuard.throwIfAny(problems);
        Petition moved = petition.moveTo(step.to(), change, day, today.now(), publicReason);
        petitions.update(moved, History.entry(moved.updatedAt(), actor, "STATUS_CHANGED", petition.status().name(),
                step.to().name(), null, publicReason),
                envelopes.stage(PetitionsEvents.statusChanged(snapshots.of(moved), petition.status()), actor));
        return moved;
    }
}
