package ma.remacto.ideation.domain;

import java.time.Instant;
import java.util.List;

/**
 * An idea (فكرة / اقتراح) put forward to one member under one axis of its programme. Its public
 * outcome follows its state; the submitter's identity and profile live elsewhere.
 */
public record Idea(
        String id,
        String memberSlug,
        long number,
        String axisId,
        String axisCode,
        String category,
        IdeaSource source,
        String problem,
        String proposedSolution,
        String note,
        List<String> languages,
        IdeaState state,
        LocalizedText outcome,
        String mergedInto,
        List<String> projectIds,
        long supportCount,
        String authorDisplayName,
        String submitterSubject,
        Instant submittedAt,
        Instant updatedAt,
        long version) {

    public Idea {
        languages = languages == null ? List.of() : List.copyOf(languages);
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
    }

    public Idea moveTo(IdeaState target, LocalizedText newOutcome, String newMergedInto, Instant at) {
        return new Idea(id, memberSlug, number, axisId, axisCode, category, source, problem, proposedSolution, note,
                languages, target, newOutcome, newMergedInto, projectIds, supportCount, authorDisplayName,
                submitterSubject, submittedAt, at, version + 1);
    }

    public Idea edit(String newAxisId, String newAxisCode, String newCategory, String newProblem, String newSolution,
            String newNote, List<String> newLanguages, Instant at) {
        return new Idea(id, memberSlug, number, newAxisId, newAxisCode, newCategory, source, newProblem, newSolution,
                newNote, newLanguages, state, outcome, mergedInto, projectIds, supportCount, authorDisplayName,
                submitterSubject, submittedAt, at, version + 1);
    }

    public Idea withSupportCount(long count, Instant at) {
        return new Idea(id, memberSlug, number, axisId, axisCode, category, source, problem, proposedSolution, note,
                languages, state, outcome, mergedInto, projectIds, count, authorDisplayName, submitterSubject,
                submittedAt, at, version + 1);
    }

    /** The openness projects the idea fed, and the public outcome that names them. */
    public Idea linkedToProjects(List<String> newProjectIds, LocalizedText newOutcome, Instant at) {
        return new Idea(id, memberSlug, number, axisId, axisCode, category, source, problem, proposedSolution, note,
                languages, state, newOutcome, mergedInto, newProjectIds, supportCount, authorDisplayName,
                submitterSubject, submittedAt, at, version + 1);
    }
}
