package ma.remacto.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.ActionPlanCard;
import ma.remacto.events.v1.ActionPlanDrafted;
import ma.remacto.events.v1.ActivityProgressRecorded;
import ma.remacto.events.v1.CommitmentDetails;
import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.OpennessProjectEdited;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.events.v1.OpennessProjectPublicationChanged;
import ma.remacto.events.v1.OpennessProjectWithdrawn;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.events.v1.ProjectProblem;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.test.TestEvents;

/**
 * The projects service's events as its outbox relay publishes them on the projects topic (an EventEnvelope, key =
 * project or plan id, aggregate version = the card's version), built here and sent with {@link TestEvents}, so the
 * search service under test learns projects through its subscription.
 */
final class ProjectEvents {

    private static final Instant UPDATED = Instant.parse("2024-06-01T09:00:00Z");

    private ProjectEvents() {
    }

    /** A project id as the projects service makes it: a UUIDv7 whose first 48 bits are the formulation instant. */
    static String id(Instant formulatedAt, int n) {
        return new UUID((formulatedAt.toEpochMilli() << 16) | 0x7000L | n, 0x8000000000000000L | n).toString();
    }

    static ProjectCard.Builder card(String id, String member, String axisCode, int position, String titleAr,
            String titleFr, boolean published) {
        return ProjectCard.newBuilder().setId(id).setMemberSlug(member).setPlanId("plan-" + member)
                .setPeriod("2024-2025").setKind("PROJECT").setAxisId("axis-" + member + "-" + axisCode)
                .setAxisCode(axisCode).setPosition(position)
                .setTitle(LocalizedText.newBuilder().setAr(titleAr).setFr(titleFr)).setProgress("0.00")
                .setPublished(published).setUpdatedAt(timestamp(UPDATED.plusSeconds(1))).setVersion(1);
    }

    static ProjectProblem problem(List<String> issues, List<String> causes, List<String> consequences) {
        return ProjectProblem.newBuilder().addAllIssues(issues).addAllCauses(causes).addAllConsequences(consequences)
                .build();
    }

    static ProjectCard.Builder commitment(ProjectCard.Builder card, String completion, String description) {
        return card.setKind("COMMITMENT").setCommitment(CommitmentDetails.newBuilder()
                .setLeadInstitution("مجلس الجهة").setCompletion(completion).setDescription(description));
    }

    /** The card after one more change: the next version, updated a second later. */
    static ProjectCard.Builder next(ProjectCard card) {
        long version = card.getVersion() + 1;
        return card.toBuilder().setVersion(version).setUpdatedAt(timestamp(UPDATED.plusSeconds(version)));
    }

    static DomainEvent formulated(ProjectCard card) {
        return project("OpennessProjectFormulated", card, OpennessProjectFormulated.newBuilder().setProject(card).build());
    }

    static DomainEvent edited(ProjectCard card, List<String> changed) {
        return project("OpennessProjectEdited", card, OpennessProjectEdited.newBuilder().setProject(card)
                .addAllChangedFields(changed).build());
    }

    static DomainEvent progressRecorded(ProjectCard card, int from, int to) {
        return project("ActivityProgressRecorded", card, ActivityProgressRecorded.newBuilder().setProject(card)
                .setActivityId("activity-1").setFromProgress(from).setToProgress(to).setFromStatus("IN_PROGRESS")
                .setToStatus("IN_PROGRESS").build());
    }

    static DomainEvent publicationChanged(ProjectCard card) {
        return project("OpennessProjectPublicationChanged", card, OpennessProjectPublicationChanged.newBuilder()
                .setProject(card).setPublished(card.getPublished()).build());
    }

    static DomainEvent withdrawn(ProjectCard card, String reason) {
        return project("OpennessProjectWithdrawn", card, OpennessProjectWithdrawn.newBuilder().setProject(card)
                .setReason(reason).build());
    }

    static DomainEvent planDrafted(String id, String member) {
        ActionPlanCard plan = ActionPlanCard.newBuilder().setId(id).setMemberSlug(member).setPeriod("2024-2025")
                .setFormat("STANDARD").setTitle(LocalizedText.newBuilder().setAr("برنامج عمل الانفتاح"))
                .setStatus("DRAFT").setVersion(1).build();
        return new DomainEvent(Topics.PROJECTS, "ActionPlanDrafted", 1, "ActionPlan", id, 1, member,
                ActionPlanDrafted.newBuilder().setPlan(plan).build());
    }

    /** An OpennessProjectFormulated whose payload is something else: it can never be applied. */
    static DomainEvent malformed(String id, Message wrongPayload) {
        return new DomainEvent(Topics.PROJECTS, "OpennessProjectFormulated", 1, "OpennessProject", id, 1, "larache",
                wrongPayload);
    }

    /** Sends the events in order and waits for the broker's acknowledgement of each. */
    static void publish(DomainEvent... events) {
        TestEvents.publish(List.of(events));
    }

    private static DomainEvent project(String type, ProjectCard card, Message payload) {
        return new DomainEvent(Topics.PROJECTS, type, 1, "OpennessProject", card.getId(), card.getVersion(),
                card.getMemberSlug(), payload);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
