package ma.remacto.ideation.persistence;

import java.util.Date;
import java.util.List;

import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaSource;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.domain.LocalizedText;
import ma.remacto.platform.mongo.AggregateStore;

import org.bson.Document;

/** Maps ideas to and from their MongoDB documents. */
final class IdeaDocuments {

    private IdeaDocuments() {
    }

    static Document state(Idea idea, String regionSlug) {
        return new Document(AggregateStore.ID, idea.id())
                .append("memberSlug", idea.memberSlug())
                .append("regionSlug", regionSlug)
                .append("number", idea.number())
                .append("axisId", idea.axisId())
                .append("axisCode", idea.axisCode())
                .append("category", idea.category())
                .append("source", idea.source().name())
                .append("problem", idea.problem())
                .append("proposedSolution", idea.proposedSolution())
                .append("note", idea.note())
                .append("languages", idea.languages())
                .append("state", idea.state().name())
                .append("outcome", text(idea.outcome()))
                .append("mergedInto", idea.mergedInto())
                .append("projectIds", idea.projectIds())
                .append("supportCount", idea.supportCount())
                .append("authorDisplayName", idea.authorDisplayName())
                .append("submitterSubject", idea.submitterSubject())
                .append("submittedAt", Date.from(idea.submittedAt()))
                .append("updatedAt", Date.from(idea.updatedAt()));
    }

    static Idea idea(Document d) {
        return new Idea(d.getString(AggregateStore.ID), d.getString("memberSlug"), number(d, "number"),
                d.getString("axisId"), d.getString("axisCode"), d.getString("category"),
                IdeaSource.valueOf(d.getString("source")), d.getString("problem"), d.getString("proposedSolution"),
                d.getString("note"), d.getList("languages", String.class, List.of()),
                IdeaState.valueOf(d.getString("state")), text(d.get("outcome", Document.class)),
                d.getString("mergedInto"), d.getList("projectIds", String.class, List.of()), number(d, "supportCount"),
                d.getString("authorDisplayName"), d.getString("submitterSubject"), d.getDate("submittedAt").toInstant(),
                d.getDate("updatedAt").toInstant(), number(d, AggregateStore.VERSION));
    }

    static long number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Document text(LocalizedText text) {
        return text == null ? null : new Document("ar", text.ar()).append("fr", text.fr());
    }

    static LocalizedText text(Document d) {
        return d == null ? null : new LocalizedText(d.getString("ar"), d.getString("fr"));
    }
}
