package ma.remacto.projects.persistence;

import java.util.List;

import ma.remacto.platform.mongo.AggregateStore;
import ma.remacto.platform.mongo.DocumentValues;
import ma.remacto.projects.domain.Activity;
import ma.remacto.projects.domain.ActivityStatus;
import ma.remacto.projects.domain.CommitmentDetails;
import ma.remacto.projects.domain.Competence;
import ma.remacto.projects.domain.CompletionLevel;
import ma.remacto.projects.domain.Evidence;
import ma.remacto.projects.domain.EvidenceKind;
import ma.remacto.projects.domain.ExpectedResult;
import ma.remacto.projects.domain.Indicator;
import ma.remacto.projects.domain.IndicatorKind;
import ma.remacto.projects.domain.Measurement;
import ma.remacto.projects.domain.OgpValue;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.Principle;
import ma.remacto.projects.domain.ProgrammeObjective;
import ma.remacto.projects.domain.ProjectCard;
import ma.remacto.projects.domain.ProjectKind;
import ma.remacto.projects.domain.ProjectProblem;

import org.bson.Document;

/** Maps openness projects to and from their MongoDB documents. */
final class ProjectDocuments {

    private ProjectDocuments() {
    }

    static Document state(OpennessProject project) {
        return new Document(AggregateStore.ID, project.id())
                .append("memberSlug", project.memberSlug())
                .append("planId", project.planId())
                .append("period", project.period())
                .append("kind", project.kind().name())
                .append("position", project.position())
                .append("card", card(project.card()))
                .append("activities", project.activities().stream().map(ProjectDocuments::activity).toList())
                .append("progress", DocumentValues.decimal(project.progress()))
                .append("published", project.published())
                .append("withdrawn", project.withdrawn())
                .append("createdAt", DocumentValues.instant(project.createdAt()))
                .append("updatedAt", DocumentValues.instant(project.updatedAt()));
    }

    static OpennessProject project(Document d) {
        return new OpennessProject(d.getString(AggregateStore.ID), d.getString("memberSlug"), d.getString("planId"),
                d.getString("period"), ProjectKind.valueOf(d.getString("kind")), d.getInteger("position", 0),
                card(d.get("card", Document.class)), DocumentValues.list(d, "activities", ProjectDocuments::activity),
                Boolean.TRUE.equals(d.getBoolean("published")), Boolean.TRUE.equals(d.getBoolean("withdrawn")),
                DocumentValues.instant(d.getDate("createdAt")), DocumentValues.instant(d.getDate("updatedAt")),
                DocumentValues.number(d, AggregateStore.VERSION));
    }

    private static Document card(ProjectCard card) {
        CommitmentDetails commitment = card.commitment();
        return new Document("axisId", card.axisId())
                .append("axisCode", card.axisCode())
                .append("title", Documents.text(card.title()))
                .append("problem", new Document("issues", card.problem().issues())
                        .append("causes", card.problem().causes())
                        .append("consequences", card.problem().consequences()))
                .append("proposedSolution", card.proposedSolution())
                .append("principles", DocumentValues.names(card.principles()))
                .append("competence", card.competence() == null ? null : card.competence().name())
                .append("linkedToActionProgramme", card.linkedToActionProgramme())
                .append("feasibleWithinPeriod", card.feasibleWithinPeriod())
                .append("estimatedBudget", DocumentValues.decimal(card.estimatedBudget()))
                .append("fundingSource", card.fundingSource())
                .append("expectedResults", card.expectedResults().stream()
                        .map(r -> new Document("objective", r.objective().name()).append("contribution", r.contribution()))
                        .toList())
                .append("indicators", card.indicators().stream().map(ProjectDocuments::indicator).toList())
                .append("ideaIds", card.ideaIds())
                .append("commitment", commitment == null ? null : new Document("leadInstitution", commitment.leadInstitution())
                        .append("supportActors", commitment.supportActors())
                        .append("ogpValues", DocumentValues.names(commitment.ogpValues()))
                        .append("completion", commitment.completion().name())
                        .append("description", commitment.description())
                        .append("expectedResults", commitment.expectedResults()));
    }

    private static ProjectCard card(Document d) {
        Document problem = d.get("problem", Document.class);
        Document commitment = d.get("commitment", Document.class);
        return new ProjectCard(d.getString("axisId"), d.getString("axisCode"), Documents.text(d.get("title", Document.class)),
                new ProjectProblem(problem.getList("issues", String.class), problem.getList("causes", String.class),
                        problem.getList("consequences", String.class)),
                d.getList("proposedSolution", String.class, List.of()), DocumentValues.enums(d, "principles", Principle.class),
                DocumentValues.enumOrNull(d.getString("competence"), Competence.class), d.getBoolean("linkedToActionProgramme"),
                d.getBoolean("feasibleWithinPeriod"), DocumentValues.decimal(d.getString("estimatedBudget")),
                d.getString("fundingSource"),
                DocumentValues.list(d, "expectedResults", r -> new ExpectedResult(
                        ProgrammeObjective.valueOf(r.getString("objective")), r.getString("contribution"))),
                DocumentValues.list(d, "indicators", ProjectDocuments::indicator), d.getList("ideaIds", String.class, List.of()),
                commitment == null ? null : new CommitmentDetails(commitment.getString("leadInstitution"),
                        commitment.getList("supportActors", String.class, List.of()),
                        DocumentValues.enums(commitment, "ogpValues", OgpValue.class),
                        CompletionLevel.valueOf(commitment.getString("completion")), commitment.getString("description"),
                        commitment.getString("expectedResults")));
    }

    private static Document indicator(Indicator indicator) {
        return new Document("id", indicator.id()).append("kind", indicator.kind().name())
                .append("title", indicator.title()).append("unit", indicator.unit())
                .append("baseline", DocumentValues.decimal(indicator.baseline()))
                .append("target", DocumentValues.decimal(indicator.target())).append("qualitative", indicator.qualitative())
                .append("measurements", indicator.measurements().stream()
                        .map(m -> new Document("date", DocumentValues.date(m.date())).append("value", DocumentValues.decimal(m.value()))
                                .append("observation", m.observation()).append("recordedAt", DocumentValues.instant(m.recordedAt())))
                        .toList());
    }

    private static Indicator indicator(Document d) {
        return new Indicator(d.getString("id"), IndicatorKind.valueOf(d.getString("kind")), d.getString("title"),
                d.getString("unit"), DocumentValues.decimal(d.getString("baseline")), DocumentValues.decimal(d.getString("target")),
                Boolean.TRUE.equals(d.getBoolean("qualitative")),
                DocumentValues.list(d, "measurements", m -> new Measurement(DocumentValues.date(m.getString("date")),
                        DocumentValues.decimal(m.getString("value")), m.getString("observation"),
                        DocumentValues.instant(m.getDate("recordedAt")))));
    }

    private static Document activity(Activity activity) {
        return new Document("id", activity.id()).append("title", activity.title())
                .append("start", DocumentValues.date(activity.start())).append("end", DocumentValues.date(activity.end()))
                .append("weight", DocumentValues.decimal(activity.weight())).append("status", activity.status().name())
                .append("progress", activity.progress())
                .append("evidence", activity.evidence().stream().map(e -> new Document("kind", e.kind().name())
                        .append("title", e.title()).append("url", e.url()).append("fileName", e.fileName())
                        .append("mediaType", e.mediaType()).append("sizeBytes", e.sizeBytes())).toList())
                .append("responsibleService", activity.responsibleService())
                .append("estimatedCost", DocumentValues.decimal(activity.estimatedCost()));
    }

    private static Activity activity(Document d) {
        return new Activity(d.getString("id"), d.getString("title"), DocumentValues.date(d.getString("start")),
                DocumentValues.date(d.getString("end")), DocumentValues.decimal(d.getString("weight")),
                ActivityStatus.valueOf(d.getString("status")), d.getInteger("progress", 0),
                DocumentValues.list(d, "evidence", e -> new Evidence(EvidenceKind.valueOf(e.getString("kind")),
                        e.getString("title"), e.getString("url"), e.getString("fileName"), e.getString("mediaType"),
                        e.get("sizeBytes") == null ? null : ((Number) e.get("sizeBytes")).longValue())),
                d.getString("responsibleService"), DocumentValues.decimal(d.getString("estimatedCost")));
    }
}
