package ma.remacto.projects.persistence;

import java.util.List;

import ma.remacto.platform.mongo.AggregateStore;
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
                .append("progress", Documents.decimal(project.progress()))
                .append("published", project.published())
                .append("withdrawn", project.withdrawn())
                .append("createdAt", Documents.instant(project.createdAt()))
                .append("updatedAt", Documents.instant(project.updatedAt()));
    }

    static OpennessProject project(Document d) {
        return new OpennessProject(d.getString(AggregateStore.ID), d.getString("memberSlug"), d.getString("planId"),
                d.getString("period"), ProjectKind.valueOf(d.getString("kind")), d.getInteger("position", 0),
                card(d.get("card", Document.class)), Documents.list(d, "activities", ProjectDocuments::activity),
                Boolean.TRUE.equals(d.getBoolean("published")), Boolean.TRUE.equals(d.getBoolean("withdrawn")),
                Documents.instant(d.getDate("createdAt")), Documents.instant(d.getDate("updatedAt")),
                Documents.number(d, AggregateStore.VERSION));
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
                .append("principles", Documents.names(card.principles()))
                .append("competence", card.competence() == null ? null : card.competence().name())
                .append("linkedToActionProgramme", card.linkedToActionProgramme())
                .append("feasibleWithinPeriod", card.feasibleWithinPeriod())
                .append("estimatedBudget", Documents.decimal(card.estimatedBudget()))
                .append("fundingSource", card.fundingSource())
                .append("expectedResults", card.expectedResults().stream()
                        .map(r -> new Document("objective", r.objective().name()).append("contribution", r.contribution()))
                        .toList())
                .append("indicators", card.indicators().stream().map(ProjectDocuments::indicator).toList())
                .append("ideaIds", card.ideaIds())
                .append("commitment", commitment == null ? null : new Document("leadInstitution", commitment.leadInstitution())
                        .append("supportActors", commitment.supportActors())
                        .append("ogpValues", Documents.names(commitment.ogpValues()))
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
                d.getList("proposedSolution", String.class, List.of()), Documents.enums(d, "principles", Principle.class),
                Documents.enumOrNull(d.getString("competence"), Competence.class), d.getBoolean("linkedToActionProgramme"),
                d.getBoolean("feasibleWithinPeriod"), Documents.decimal(d.getString("estimatedBudget")),
                d.getString("fundingSource"),
                Documents.list(d, "expectedResults", r -> new ExpectedResult(
                        ProgrammeObjective.valueOf(r.getString("objective")), r.getString("contribution"))),
                Documents.list(d, "indicators", ProjectDocuments::indicator), d.getList("ideaIds", String.class, List.of()),
                commitment == null ? null : new CommitmentDetails(commitment.getString("leadInstitution"),
                        commitment.getList("supportActors", String.class, List.of()),
                        Documents.enums(commitment, "ogpValues", OgpValue.class),
                        CompletionLevel.valueOf(commitment.getString("completion")), commitment.getString("description"),
                        commitment.getString("expectedResults")));
    }

    private static Document indicator(Indicator indicator) {
        return new Document("id", indicator.id()).append("kind", indicator.kind().name())
                .append("title", indicator.title()).append("unit", indicator.unit())
                .append("baseline", Documents.decimal(indicator.baseline()))
                .append("target", Documents.decimal(indicator.target())).append("qualitative", indicator.qualitative())
                .append("measurements", indicator.measurements().stream()
                        .map(m -> new Document("date", Documents.date(m.date())).append("value", Documents.decimal(m.value()))
                                .append("observation", m.observation()).append("recordedAt", Documents.instant(m.recordedAt())))
                        .toList());
    }

    private static Indicator indicator(Document d) {
        return new Indicator(d.getString("id"), IndicatorKind.valueOf(d.getString("kind")), d.getString("title"),
                d.getString("unit"), Documents.decimal(d.getString("baseline")), Documents.decimal(d.getString("target")),
                Boolean.TRUE.equals(d.getBoolean("qualitative")),
                Documents.list(d, "measurements", m -> new Measurement(Documents.date(m.getString("date")),
                        Documents.decimal(m.getString("value")), m.getString("observation"),
                        Documents.instant(m.getDate("recordedAt")))));
    }

    private static Document activity(Activity activity) {
        return new Document("id", activity.id()).append("title", activity.title())
                .append("start", Documents.date(activity.start())).append("end", Documents.date(activity.end()))
                .append("weight", Documents.decimal(activity.weight())).append("status", activity.status().name())
                .append("progress", activity.progress())
                .append("evidence", activity.evidence().stream().map(e -> new Document("kind", e.kind().name())
                        .append("title", e.title()).append("url", e.url()).append("fileName", e.fileName())
                        .append("mediaType", e.mediaType()).append("sizeBytes", e.sizeBytes())).toList())
                .append("responsibleService", activity.responsibleService())
                .append("estimatedCost", Documents.decimal(activity.estimatedCost()));
    }

    private static Activity activity(Document d) {
        return new Activity(d.getString("id"), d.getString("title"), Documents.date(d.getString("start")),
                Documents.date(d.getString("end")), Documents.decimal(d.getString("weight")),
                ActivityStatus.valueOf(d.getString("status")), d.getInteger("progress", 0),
                Documents.list(d, "evidence", e -> new Evidence(EvidenceKind.valueOf(e.getString("kind")),
                        e.getString("title"), e.getString("url"), e.getString("fileName"), e.getString("mediaType"),
                        e.get("sizeBytes") == null ? null : ((Number) e.get("sizeBytes")).longValue())),
                d.getString("responsibleService"), Documents.decimal(d.getString("estimatedCost")));
    }
}
