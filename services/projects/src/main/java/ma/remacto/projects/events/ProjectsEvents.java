package ma.remacto.projects.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.ActionPlanAmended;
import ma.remacto.events.v1.ActionPlanCard;
import ma.remacto.events.v1.ActionPlanDrafted;
import ma.remacto.events.v1.ActionPlanEdited;
import ma.remacto.events.v1.ActionPlanStatusChanged;
import ma.remacto.events.v1.ActivityCard;
import ma.remacto.events.v1.ActivityProgressRecorded;
import ma.remacto.events.v1.CommitmentDetails;
import ma.remacto.events.v1.CouncilAdoption;
import ma.remacto.events.v1.IndicatorCard;
import ma.remacto.events.v1.IndicatorMeasured;
import ma.remacto.events.v1.OpennessProjectEdited;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.events.v1.OpennessProjectPublicationChanged;
import ma.remacto.events.v1.OpennessProjectWithdrawn;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.events.v1.ProjectProblem;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Activity;
import ma.remacto.projects.domain.Amendment;
import ma.remacto.projects.domain.Indicator;
import ma.remacto.projects.domain.LocalizedText;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.PlanStatus;

/** The projects service's events: every one carries the full plan or project card. */
public final class ProjectsEvents {

    public static final String PLAN = "ActionPlan";
    public static final String PROJECT = "OpennessProject";
    private static final int SCHEMA_VERSION = 1;

    private ProjectsEvents() {
    }

    public static DomainEvent planDrafted(ActionPlan plan) {
        return plan(plan, "ActionPlanDrafted", ActionPlanDrafted.newBuilder().setPlan(card(plan)).build());
    }

    public static DomainEvent planEdited(ActionPlan plan, List<String> changedFields) {
        return plan(plan, "ActionPlanEdited",
                ActionPlanEdited.newBuilder().setPlan(card(plan)).addAllChangedFields(changedFields).build());
    }

    public static DomainEvent planStatusChanged(ActionPlan plan, PlanStatus from, String reason) {
        return plan(plan, "ActionPlanStatusChanged", ActionPlanStatusChanged.newBuilder().setPlan(card(plan))
                .setFromStatus(from.name()).setToStatus(plan.status().name()).setReason(orEmpty(reason)).build());
    }

    public static DomainEvent planAmended(ActionPlan plan, int amendmentNumber, boolean opened) {
        return plan(plan, "ActionPlanAmended", ActionPlanAmended.newBuilder().setPlan(card(plan))
                .setAmendmentNumber(amendmentNumber).setOpened(opened).build());
    }

    public static DomainEvent projectFormulated(OpennessProject project) {
        return project(project, "OpennessProjectFormulated",
                OpennessProjectFormulated.newBuilder().setProject(card(project)).build());
    }

    public static DomainEvent projectEdited(OpennessProject project, List<String> changedFields, int amendment) {
        return project(project, "OpennessProjectEdited", OpennessProjectEdited.newBuilder().setProject(card(project))
                .addAllChangedFields(changedFields).setAmendmentNumber(amendment).build());
    }

    public static DomainEvent activityProgressRecorded(OpennessProject project, Activity before, Activity after) {
        return project(project, "ActivityProgressRecorded", ActivityProgressRecorded.newBuilder()
                .setProject(card(project)).setActivityId(after.id()).setFromProgress(before.progress())
                .setToProgress(after.progress()).setFromStatus(before.status().name())
                .setToStatus(after.status().name()).build());
    }

    public static DomainEvent indicatorMeasured(OpennessProject project, String indicatorId) {
        return project(project, "IndicatorMeasured",
                IndicatorMeasured.newBuilder().setProject(card(project)).setIndicatorId(indicatorId).build());
    }

    public static DomainEvent publicationChanged(OpennessProject project) {
        return project(project, "OpennessProjectPublicationChanged", OpennessProjectPublicationChanged.newBuilder()
                .setProject(card(project)).setPublished(project.published()).build());
    }

    public static DomainEvent projectWithdrawn(OpennessProject project, String reason) {
        return project(project, "OpennessProjectWithdrawn",
                OpennessProjectWithdrawn.newBuilder().setProject(card(project)).setReason(orEmpty(reason)).build());
    }

    private static DomainEvent plan(ActionPlan plan, String type, Message payload) {
        return new DomainEvent(Topics.PROJECTS, type, SCHEMA_VERSION, PLAN, plan.id(), plan.version(), plan.memberSlug(),
                payload);
    }

    private static DomainEvent project(OpennessProject project, String type, Message payload) {
        return new DomainEvent(Topics.PROJECTS, type, SCHEMA_VERSION, PROJECT, project.id(), project.version(),
                project.memberSlug(), payload);
    }

    public static ActionPlanCard card(ActionPlan plan) {
        ActionPlanCard.Builder card = ActionPlanCard.newBuilder().setId(plan.id()).setMemberSlug(plan.memberSlug())
                .setPeriod(plan.period()).setStartDate(date(plan.startDate())).setEndDate(date(plan.endDate()))
                .setFormat(plan.format().name()).setTitle(text(plan.title())).setStatus(plan.status().name())
                .setConsultationId(orEmpty(plan.consultationId())).setEvaluation(orEmpty(plan.evaluation()))
                .setUpdatedAt(timestamp(plan.updatedAt())).setVersion(plan.version());
        if (plan.adoption() != null) {
            card.setAdoption(CouncilAdoption.newBuilder().setSession(text(plan.adoption().session()))
                    .setDate(date(plan.adoption().date())));
        }
        for (Amendment amendment : plan.amendments()) {
            ma.remacto.events.v1.Amendment.Builder a = ma.remacto.events.v1.Amendment.newBuilder()
                    .setNumber(amendment.number()).setReason(orEmpty(amendment.reason()))
                    .setOpenedAt(timestamp(amendment.openedAt()));
            if (amendment.closedAt() != null) {
                a.setClosedAt(timestamp(amendment.closedAt()));
            }
            card.addAmendments(a);
        }
        return card.build();
    }

    public static ProjectCard card(OpennessProject project) {
        ma.remacto.projects.domain.ProjectCard c = project.card();
        ProjectCard.Builder card = ProjectCard.newBuilder().setId(project.id()).setMemberSlug(project.memberSlug())
                .setPlanId(project.planId()).setPeriod(project.period()).setKind(project.kind().name())
                .setAxisId(c.axisId()).setAxisCode(orEmpty(c.axisCode())).setTitle(text(c.title()))
                .setProblem(ProjectProblem.newBuilder().addAllIssues(c.problem().issues())
                        .addAllCauses(c.problem().causes()).addAllConsequences(c.problem().consequences()))
                .addAllProposedSolution(c.proposedSolution())
                .addAllPrinciples(c.principles().stream().map(Enum::name).toList())
                .setCompetence(c.competence() == null ? "" : c.competence().name())
                .setLinkedToActionProgramme(yesNo(c.linkedToActionProgramme()))
                .setFeasibleWithinPeriod(yesNo(c.feasibleWithinPeriod()))
                .setEstimatedBudget(decimal(c.estimatedBudget())).setFundingSource(orEmpty(c.fundingSource()))
                .addAllIdeaIds(c.ideaIds()).setProgress(decimal(project.progress()))
                .setPublished(project.isPublic()).setPosition(project.position())
                .setUpdatedAt(timestamp(project.updatedAt())).setVersion(project.version());
        c.expectedResults().forEach(r -> card.addExpectedResults(ma.remacto.events.v1.ExpectedResult.newBuilder()
                .setObjective(r.objective().name()).setContribution(orEmpty(r.contribution()))));
        c.indicators().forEach(i -> card.addIndicators(indicator(i)));
        project.activities().forEach(a -> card.addActivities(activity(a)));
        if (c.commitment() != null) {
            card.setCommitment(CommitmentDetails.newBuilder().setLeadInstitution(orEmpty(c.commitment().leadInstitution()))
                    .addAllSupportActors(c.commitment().supportActors())
                    .addAllOgpValues(c.commitment().ogpValues().stream().map(Enum::name).toList())
                    .setCompletion(c.commitment().completion().name())
                    .setDescription(orEmpty(c.commitment().description()))
                    .setExpectedResults(orEmpty(c.commitment().expectedResults())));
        }
        return card.build();
    }

    private static IndicatorCard indicator(Indicator indicator) {
        IndicatorCard.Builder card = IndicatorCard.newBuilder().setId(indicator.id()).setKind(indicator.kind().name())
                .setTitle(indicator.title()).setUnit(orEmpty(indicator.unit())).setBaseline(decimal(indicator.baseline()))
                .setTarget(decimal(indicator.target())).setQualitative(indicator.qualitative());
        indicator.measurements().forEach(m -> card.addMeasurements(ma.remacto.events.v1.Measurement.newBuilder()
                .setDate(date(m.date())).setValue(decimal(m.value())).setObservation(orEmpty(m.observation()))));
        return card.build();
    }

    private static ActivityCard activity(Activity activity) {
        ActivityCard.Builder card = ActivityCard.newBuilder().setId(activity.id()).setTitle(activity.title())
                .setStartDate(date(activity.start())).setEndDate(date(activity.end()))
                .setWeight(decimal(activity.weight())).setStatus(activity.status().name())
                .setProgress(activity.progress()).setResponsibleService(orEmpty(activity.responsibleService()))
                .setEstimatedCost(decimal(activity.estimatedCost()));
        activity.evidence().forEach(e -> card.addEvidence(ma.remacto.events.v1.Evidence.newBuilder()
                .setKind(e.kind().name()).setTitle(orEmpty(e.title())).setUrl(orEmpty(e.url()))
                .setFileName(orEmpty(e.fileName())).setMediaType(orEmpty(e.mediaType()))
                .setSizeBytes(e.sizeBytes() == null ? 0 : e.sizeBytes())));
        return card.build();
    }

    private static ma.remacto.events.v1.LocalizedText text(LocalizedText text) {
        return ma.remacto.events.v1.LocalizedText.newBuilder().setAr(orEmpty(text.ar())).setFr(orEmpty(text.fr())).build();
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "YES" : "NO";
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
