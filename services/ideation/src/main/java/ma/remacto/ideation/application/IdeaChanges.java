package ma.remacto.ideation.application;

import java.util.Date;

import ma.remacto.ideation.domain.Idea;

import org.bson.Document;

/** The stored fields a use case changes, as one {@code $set} (the rest of the document stays as it is). */
final class IdeaChanges {

    private IdeaChanges() {
    }

    static Document state(Idea idea) {
        return new Document("state", idea.state().name())
                .append("outcome", new Document("ar", idea.outcome().ar()).append("fr", idea.outcome().fr()))
                .append("mergedInto", idea.mergedInto())
                .append("updatedAt", Date.from(idea.updatedAt()));
    }

    static Document content(Idea idea) {
        return new Document("axisId", idea.axisId()).append("axisCode", idea.axisCode())
                .append("category", idea.category()).append("problem", idea.problem())
                .append("proposedSolution", idea.proposedSolution()).append("note", idea.note())
                .append("languages", idea.languages()).append("updatedAt", Date.from(idea.updatedAt()));
    }

    static Document supports(Idea idea) {
        return new Document("supportCount", idea.supportCount()).append("updatedAt", Date.from(idea.updatedAt()));
    }

    static Document projects(Idea idea) {
        return new Document("projectIds", idea.projectIds())
                .append("outcome", new Document("ar", idea.outcome().ar()).append("fr", idea.outcome().fr()))
                .append("updatedAt", Date.from(idea.updatedAt()));
    }
}
