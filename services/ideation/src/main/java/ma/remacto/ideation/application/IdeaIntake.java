package ma.remacto.ideation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import ma.remacto.ideation.domain.Axis;
import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaSource;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.domain.Outcomes;
import ma.remacto.ideation.events.IdeationEvents;
import ma.remacto.ideation.persistence.AxisRepository;
import ma.remacto.ideation.persistence.IdeaNumbers;
import ma.remacto.ideation.persistence.IdeaRepository;
import ma.remacto.ideation.persistence.ProfileRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Component;

/** Files a new idea: numbers it, stores it with its first history entry and event, keeps the profile apart. */
@Component
class IdeaIntake {

    private final IdeaRepository ideas;
    private final AxisRepository axes;
    private final IdeaNumbers numbers;
    private final ProfileRepository profiles;
    private final EventEnvelopes envelopes;
    private final Clock clock;

    IdeaIntake(IdeaRepository ideas, AxisRepository axes, IdeaNumbers numbers, ProfileRepository profiles,
            EventEnvelopes envelopes, Clock clock) {
        this.ideas = ideas;
        this.axes = axes;
        this.numbers = numbers;
        this.profiles = profiles;
        this.envelopes = envelopes;
        this.clock = clock;
    }

    /** The axis named by id or code, if it is an active axis of this member; otherwise the field problem. */
    Axis axisOf(String memberSlug, IdeaDraft draft, String field, List<FieldProblem> problems) {
        return checkAxis(findAxis(memberSlug, draft), memberSlug, field, problems);
    }

    /** The axis the draft names (by id, or by code among the member's active axes), or null. */
    Axis findAxis(String memberSlug, IdeaDraft draft) {
        if (draft.axisId() != null) {
            return axes.find(draft.axisId()).orElse(null);
        }
        if (draft.axisCode() != null) {
            return axes.list(memberSlug, null).stream().filter(a -> a.active() && a.code().equals(draft.axisCode()))
                    .reduce((first, latest) -> latest).orElse(null);
        }
        return null;
    }

    Axis checkAxis(Axis axis, String memberSlug, String field, List<FieldProblem> problems) {
        if (axis == null) {
            problems.add(new FieldProblem(field, "idea.axis.unknown"));
        } else if (!axis.memberSlug().equals(memberSlug)) {
            problems.add(new FieldProblem(field, "idea.axis.other-member"));
        } else if (!axis.active()) {
            problems.add(new FieldProblem(field, "idea.axis.retired"));
        }
        return axis;
    }

    Idea file(MemberDirectoryEntry member, Axis axis, IdeaDraft draft, IdeaSource source, Long givenNumber,
            String authorDisplayName, Actor actor, String batchRow) {
        return file(member, axis, draft, source, givenNumber, authorDisplayName, actor, batchRow, IdeaState.RECEIVED,
                null);
    }

    /** Files an idea already at {@code state} in the member's own tables (recorded as such in its history). */
    Idea file(MemberDirectoryEntry member, Axis axis, IdeaDraft draft, IdeaSource source, Long givenNumber,
            String authorDisplayName, Actor actor, String batchRow, IdeaState state, String reason) {
        Instant now = clock.instant();
        long number;
        if (givenNumber != null) {
            numbers.reserve(member.slug(), givenNumber);
            number = givenNumber;
        } else {
            number = numbers.next(member.slug());
        }
        Idea idea = new Idea(Ids.newId(), member.slug(), number, axis.id(), axis.code(), draft.category(), source,
                draft.problem(), draft.proposedSolution(), draft.note(),
                Languages.detect(draft.problem(), draft.proposedSolution(), draft.note()), state,
                Outcomes.of(state, reason, null), null, List.of(), 0, authorDisplayName,
                actor.system() ? null : actor.subject(), now, now, 1);
        ideas.insert(idea, member.regionSlug(), batchRow,
                History.entry(now, actor, batchRow == null ? "SUBMITTED" : "RECORDED", null, state.name(), null,
                        reason == null || reason.isBlank() ? null : reason.strip()),
                envelopes.stage(IdeationEvents.submitted(idea), actor));
        profiles.save(idea.id(), member.slug(), member.regionSlug(), axis.id(), source.name(), Date.from(now),
                draft.profile());
        return idea;
    }
}
