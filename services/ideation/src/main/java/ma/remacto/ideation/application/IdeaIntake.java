package ma.remacto.ideation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;

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

    /** One idea to file: its axis, its text, and where it already stands in the member's own tables. */
    record Filing(Axis axis, IdeaDraft draft, Long givenNumber, String batchRow, IdeaState state, String reason) {

        static Filing received(Axis axis, IdeaDraft draft) {
            return new Filing(axis, draft, null, null, IdeaState.RECEIVED, null);
        }
    }

    Idea file(MemberDirectoryEntry member, Filing filing, IdeaSource source, String authorDisplayName, Actor actor) {
        return fileAll(member, List.of(filing), source, authorDisplayName, actor).getFirst();
    }

    /**
     * Files ideas of one member in a few writes whatever their number: numbers reserved at once (the highest
     * given number first, so automatic ones continue after it), the ideas with their first history entry and
     * event in one insert, their profiles in another.
     *
     * <p>An automatic number can still be taken when it is stored: the wire server used locally does not make
     * the counter's increment atomic under concurrent requests (MongoDB does). The ideas before the collision
     * are stored (the insert is ordered); the rest take fresh numbers and are stored again, a few times at most.
     * A number lost that way leaves a gap, which the member's tables tolerate.
     */
    List<Idea> fileAll(MemberDirectoryEntry member, List<Filing> filings, IdeaSource source, String authorDisplayName,
            Actor actor) {
        Instant now = clock.instant();
        List<Idea> filed = new ArrayList<>();
        List<Filing> remaining = filings;
        for (int attempt = 1; ; attempt++) {
            Prepared prepared = prepare(member, remaining, source, authorDisplayName, actor, now);
            try {
                ideas.insertAll(prepared.stored(), member.regionSlug());
                profiles.saveAll(prepared.profiles());
                filed.addAll(prepared.ideas());
                return filed;
            } catch (MongoBulkWriteException e) {
                BulkWriteError error = e.getWriteErrors().getFirst();
                int stored = error.getIndex();
                boolean automaticNumberTaken = ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY
                        && error.getMessage().contains(IdeaRepository.NUMBER_INDEX)
                        && remaining.get(stored).givenNumber() == null;
                if (!automaticNumberTaken || attempt >= MAX_NUMBERING_ATTEMPTS) {
                    throw e;
                }
                profiles.saveAll(prepared.profiles().subList(0, stored));
                filed.addAll(prepared.ideas().subList(0, stored));
                remaining = remaining.subList(stored, remaining.size());
            }
        }
    }

    private static final int MAX_NUMBERING_ATTEMPTS = 5;

    private record Prepared(List<Idea> ideas, List<IdeaRepository.NewIdea> stored, List<ProfileRepository.Entry> profiles) {
    }

    private Prepared prepare(MemberDirectoryEntry member, List<Filing> filings, IdeaSource source,
            String authorDisplayName, Actor actor, Instant now) {
        filings.stream().map(Filing::givenNumber).filter(n -> n != null).max(Long::compare)
                .ifPresent(highest -> numbers.reserve(member.slug(), highest));
        long automatic = filings.stream().filter(f -> f.givenNumber() == null).count();
        long nextNumber = automatic == 0 ? 0 : numbers.take(member.slug(), automatic);
        List<Idea> built = new ArrayList<>();
        List<IdeaRepository.NewIdea> stored = new ArrayList<>();
        List<ProfileRepository.Entry> profileEntries = new ArrayList<>();
        for (Filing f : filings) {
            long number = f.givenNumber() != null ? f.givenNumber() : nextNumber++;
            IdeaDraft draft = f.draft();
            Idea idea = new Idea(Ids.newId(), member.slug(), number, f.axis().id(), f.axis().code(), draft.category(),
                    source, draft.problem(), draft.proposedSolution(), draft.note(),
                    Languages.detect(draft.problem(), draft.proposedSolution(), draft.note()), f.state(),
                    Outcomes.of(f.state(), f.reason(), null), null, List.of(), 0, authorDisplayName,
                    actor.system() ? null : actor.subject(), now, now, 1);
            String reason = f.reason() == null || f.reason().isBlank() ? null : f.reason().strip();
            stored.add(new IdeaRepository.NewIdea(idea, f.batchRow(),
                    History.entry(now, actor, f.batchRow() == null ? "SUBMITTED" : "RECORDED", null, f.state().name(),
                            null, reason),
                    envelopes.stage(IdeationEvents.submitted(idea), actor)));
            profileEntries.add(new ProfileRepository.Entry(idea.id(), member.slug(), member.regionSlug(), f.axis().id(),
                    source.name(), Date.from(now), draft.profile()));
            built.add(idea);
        }
        return new Prepared(built, stored, profileEntries);
    }
}
