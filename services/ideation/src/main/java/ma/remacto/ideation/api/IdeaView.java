package ma.remacto.ideation.api;

import java.time.Instant;
import java.util.List;

import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaSource;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.domain.LocalizedText;

/**
 * An idea as anyone may read it: its outcome always, its submitter never (only a chosen display name);
 * {@code supportOpen} says whether it still takes supports, so no client keeps its own copy of that rule.
 */
public record IdeaView(String id, String member, long number, String axisId, String axisCode, String category,
        IdeaSource source, String problem, String proposedSolution, String note, List<String> languages,
        IdeaState state, boolean supportOpen, LocalizedText outcome, String mergedInto, List<String> projectIds, long supportCount,
        String author, Instant submittedAt, Instant updatedAt, long version) {

    static IdeaView of(Idea idea) {
        return new IdeaView(idea.id(), idea.memberSlug(), idea.number(), idea.axisId(), idea.axisCode(), idea.category(),
                idea.source(), idea.problem(), idea.proposedSolution(), idea.note(), idea.languages(), idea.state(),
                idea.state().takesSupports(), idea.outcome(), idea.mergedInto(), idea.projectIds(), idea.supportCount(), idea.authorDisplayName(),
                idea.submittedAt(), idea.updatedAt(), idea.version());
    }
}
