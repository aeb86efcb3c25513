package ma.remacto.petitions.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ma.remacto.petitions.domain.Association;
import ma.remacto.petitions.domain.LocalizedText;
import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.PetitionerKind;
import ma.remacto.petitions.domain.Step;
import ma.remacto.petitions.events.PetitionsEvents;
import ma.remacto.petitions.persistence.PastPetitionKeys;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.ContentKeys;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.time.Today;

import org.springframework.stereotype.Service;

/**
 * The member's staff record a petition the council received before the platform (an association's, as the seed's
 * table lists them): petitioner, subject, the bureau's remarks, the standing committee and its recommendation, the
 * session, the dates known and the final status. No signatures are collected; {@code recordedByStaff} is true; the
 * steps are rebuilt from the final status with the dates given. The same petition (member, petitioner, subject)
 * recorded again is a duplicate.
 */
@Service
public class RecordPastPetition {

    private final PetitionRepository petitions;
    private final PastPetitionKeys keys;
    private final MemberDirectory members;
    private final Snapshots snapshots;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Today today;

    public RecordPastPetition(PetitionRepository petitions, PastPetitionKeys keys, MemberDirectory members,
            Snapshots snapshots, EventEnvelopes envelopes, AccessPolicy access, Today today) {
        this.petitions = petitions;
        this.keys = keys;
        this.members = members;
        this.snapshots = snapshots;
        this.envelopes = envelopes;
        this.access = access;
        this.today = today;
    }

    public record Past(String member, String associationName, LocalizedText title, String subject, List<String> requests,
            String remarks, String committee, String committeeRecommendation, LocalizedText session,
            LocalDate sessionDate, LocalDate filedOn, LocalDate admissibleOn, String decision, LocalDate decidedOn,
            LocalDate agentNotifiedOn, String inadmissibilityReasons, PetitionStatus status) {
    }

    private static final List<PetitionStatus> ADMISSIBLE_PATH = List.of(PetitionStatus.FILED, PetitionStatus.ADMISSIBLE,
            PetitionStatus.IN_COMMITTEE, PetitionStatus.ON_SESSION_AGENDA, PetitionStatus.DECIDED,
            PetitionStatus.AGENT_NOTIFIED);
    private static final List<PetitionStatus> INADMISSIBLE_PATH = List.of(PetitionStatus.FILED,
            PetitionStatus.INADMISSIBLE, PetitionStatus.AGENT_NOTIFIED);

    public Petition handle(Past past) {
        Actor actor = access.requireStaffOf(past.member());
        MemberDirectoryEntry member = members.find(past.member()).orElseThrow(() -> ProblemException
                .invalidInput(List.of(new FieldProblem("member", "petition.member.unknown", past.member()))));
        LocalDate day = today.date();
        List<FieldProblem> problems = new ArrayList<>();
        if (!past.status().isCouncilStep() && past.status() != PetitionStatus.FILED) {
            problems.add(new FieldProblem("status", "petition.past.status"));
        }
        boolean inadmissible = past.status() == PetitionStatus.INADMISSIBLE
                || past.status() == PetitionStatus.AGENT_NOTIFIED && past.inadmissibilityReasons() != null;
        if (past.status() == PetitionStatus.INADMISSIBLE && PetitionGuard.blankToNull(past.inadmissibilityReasons()) == null) {
            problems.add(new FieldProblem("inadmissibilityReasons", "petition.reasons.required"));
        }
        for (var date : List.of(new Object[] {"filedOn", past.filedOn()}, new Object[] {"admissibleOn", past.admissibleOn()},
                new Object[] {"sessionDate", past.sessionDate()}, new Object[] {"decidedOn", past.decidedOn()},
                new Object[] {"agentNotifiedOn", past.agentNotifiedOn()})) {
            if (date[1] instanceof LocalDate d && d.isAfter(day)) {
                problems.add(new FieldProblem((String) date[0], "petition.date.future"));
            }
        }
        PetitionGuard.throwIfAny(problems);
        List<PetitionStatus> path = inadmissible ? INADMISSIBLE_PATH : ADMISSIBLE_PATH;
        List<Step> steps = new ArrayList<>();
        var now = today.now();
        String from = null;
        for (PetitionStatus status : path.subList(0, path.indexOf(past.status()) + 1)) {
            LocalDate on = switch (status) {
                case FILED -> past.filedOn();
                case ADMISSIBLE -> past.admissibleOn();
                case ON_SESSION_AGENDA -> null;
                case DECIDED -> past.decidedOn() != null ? past.decidedOn() : past.sessionDate();
                case AGENT_NOTIFIED -> past.agentNotifiedOn();
                default -> null;
            };
            String reason = switch (status) {
                case INADMISSIBLE -> past.inadmissibilityReasons();
                case IN_COMMITTEE -> past.committee();
                case ON_SESSION_AGENDA -> past.session() == null ? null : past.session().ar();
                case DECIDED -> past.decision() != null ? past.decision() : past.committeeRecommendation();
                default -> null;
            };
            steps.add(new Step(from, status.name(), on, now, reason));
            from = status.name();
        }
        boolean decided = path.indexOf(past.status()) >= path.indexOf(PetitionStatus.DECIDED) && !inadmissible;
        String id = Ids.newId();
        Petition petition = new Petition(id, member.slug(), member.kind(),
                member.regionSlug() == null ? member.slug() : member.regionSlug(), PetitionerKind.ASSOCIATION,
                actor.subject(), new Association(past.associationName(), null, null, null, null, null, null),
                past.title(), past.subject(), past.requests(), past.status(), null, List.of(), null, past.filedOn(),
                past.admissibleOn(), past.inadmissibilityReasons(), past.committee(), past.remarks(),
                past.committeeRecommendation(), past.session(), past.sessionDate(), past.decision(),
                decided && past.decidedOn() == null ? past.sessionDate() : past.decidedOn(), past.agentNotifiedOn(),
                true, steps, 0, now, now, 1);
        String key = key(past);
        if (!keys.claim(key, id)) {
            throw ProblemException.conflict("petition.past.duplicate");
        }
        try {
            petitions.insert(petition, History.entry(now, actor, "RECORDED_PAST", null, past.status().name(), null, null),
                    envelopes.stage(PetitionsEvents.pastRecorded(snapshots.of(petition)), actor));
        } catch (RuntimeException e) {
            keys.release(key);
            throw e;
        }
        return petition;
    }

    private static String key(Past past) {
        String text = past.member() + "\n" + past.associationName().strip().toLowerCase(Locale.ROOT) + "\n"
                + past.subject().strip();
        return past.member() + ":" + ContentKeys.sha256Hex(text);
    }
}
