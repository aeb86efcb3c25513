package ma.remacto.search.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.google.protobuf.Any;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.ActionPlanCard;
import ma.remacto.events.v1.ActionPlanDrafted;
import ma.remacto.events.v1.CommitmentDetails;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.events.v1.OpennessProjectPublicationChanged;
import ma.remacto.events.v1.OpennessProjectWithdrawn;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.events.v1.ProjectProblem;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.ProposalKind;

import org.junit.jupiter.api.Test;

/** Project events → search documents, without a server: which events count, what a project document holds. */
class ProjectCardsTest {

    static final Instant FORMULATED = Instant.parse("2024-02-10T09:00:00Z");
    static final String ID = new UUID((FORMULATED.toEpochMilli() << 16) | 0x7000L | 1, 0x8000000000000001L).toString();

    static ProjectCard.Builder card(boolean published) {
        return ProjectCard.newBuilder().setId(ID).setMemberSlug("larache").setPlanId("plan-1").setPeriod("2024-2025")
                .setKind("PROJECT").setAxisId("axis-1").setAxisCode("A3").setPosition(2)
                .setTitle(LocalizedText.newBuilder().setAr("إحداث الشباك الإلكتروني").setFr(""))
                .setProblem(ProjectProblem.newBuilder().addIssues("تأخر الرد").addCauses(" ").addCauses("غياب سجل")
                        .addConsequences("تراجع الثقة"))
                .addProposedSolution("رقمنة المسار").addProposedSolution("نشر الآجال").setProgress("37.50")
                .setPublished(published).setUpdatedAt(Timestamp.newBuilder().setSeconds(1_720_000_000L)).setVersion(4);
    }

    static EventEnvelope envelope(String type, Message payload) {
        return EventEnvelope.newBuilder().setEventType(type).setPayload(Any.pack(payload, "type.remacto.ma")).build();
    }

    @Test
    void aPublishedProjectIsAProposalWithItsTextsInTheIdeasFields() {
        EventEnvelope event = envelope("OpennessProjectFormulated",
                OpennessProjectFormulated.newBuilder().setProject(card(true)).build());
        ProjectCards.ProjectChange change = ProjectCards.change(event).orElseThrow();
        assertThat(change.visible()).isTrue();

        MemberDirectoryEntry larache = new MemberDirectoryEntry("larache", "COMMUNE", "العرائش", "Larache",
                "tanger-tetouan-al-hoceima", "larache-province", 0, false, true, 1);
        Proposal p = ProjectCards.proposal(change, Optional.of(larache));
        assertThat(p.kind()).isEqualTo(ProposalKind.PROJECT);
        assertThat(p.removed()).isFalse();
        assertThat(p.region()).isEqualTo("tanger-tetouan-al-hoceima");
        assertThat(p.province()).isEqualTo("larache-province");
        assertThat(p.number()).isEqualTo(2);
        assertThat(p.axisCode()).isEqualTo("A3");
        assertThat(p.title().ar()).isEqualTo("إحداث الشباك الإلكتروني");
        assertThat(p.title().fr()).as("an empty translation is absent").isNull();
        assertThat(p.problem()).as("issues, causes, consequences; blank lines dropped")
                .isEqualTo("تأخر الرد\nغياب سجل\nتراجع الثقة");
        assertThat(p.proposedSolution()).isEqualTo("رقمنة المسار\nنشر الآجال");
        assertThat(p.state()).as("idea states are not project states").isNull();
        assertThat(p.project().period()).isEqualTo("2024-2025");
        assertThat(p.project().planId()).isEqualTo("plan-1");
        assertThat(p.project().kind()).isEqualTo("PROJECT");
        assertThat(p.project().progress()).isEqualByComparingTo(new BigDecimal("37.5"));
        assertThat(p.project().completion()).isNull();
        assertThat(p.submittedAt()).as("formulated: the instant of the UUIDv7 id").isEqualTo(FORMULATED);
        assertThat(p.updatedAt()).isEqualTo(Instant.ofEpochSecond(1_720_000_000L));
        assertThat(p.version()).isEqualTo(4);
    }

    @Test
    void aCommitmentKeepsItsCompletionAndDescription() {
        ProjectCard commitment = card(true).setKind("COMMITMENT").setCommitment(CommitmentDetails.newBuilder()
                .setCompletion("SUBSTANTIAL").setDescription("نشر مجموعات البيانات")).build();
        Proposal p = ProjectCards.proposal(new ProjectCards.ProjectChange(commitment, true), Optional.empty());
        assertThat(p.project().kind()).isEqualTo("COMMITMENT");
        assertThat(p.project().completion()).isEqualTo("SUBSTANTIAL");
        assertThat(p.note()).isEqualTo("نشر مجموعات البيانات");
        assertThat(p.region()).as("a member the read model does not know yet").isNull();
    }

    @Test
    void anUnpublishedOrWithdrawnProjectIsARemovalMarkerWithItsVersion() {
        ProjectCards.ProjectChange unpublished = ProjectCards.change(envelope("OpennessProjectPublicationChanged",
                OpennessProjectPublicationChanged.newBuilder().setProject(card(false)).setPublished(false).build()))
                .orElseThrow();
        assertThat(unpublished.visible()).isFalse();
        // The projects service sends published=false with a withdrawal; the event type alone is enough.
        ProjectCards.ProjectChange withdrawn = ProjectCards.change(envelope("OpennessProjectWithdrawn",
                OpennessProjectWithdrawn.newBuilder().setProject(card(true)).setReason("خارج البرنامج").build()))
                .orElseThrow();
        assertThat(withdrawn.visible()).isFalse();

        Proposal marker = ProjectCards.proposal(withdrawn, Optional.empty());
        assertThat(marker.removed()).isTrue();
        assertThat(marker.id()).isEqualTo(ID);
        assertThat(marker.version()).isEqualTo(4);
        assertThat(marker.title()).isNull();
        assertThat(marker.problem()).isNull();
        assertThat(marker.proposedSolution()).isNull();
        assertThat(marker.project()).isNull();
    }

    @Test
    void planEventsAndUnknownTypesAreIgnoredAndMalformedOnesArePoison() {
        assertThat(ProjectCards.change(envelope("ActionPlanDrafted", ActionPlanDrafted.newBuilder()
                .setPlan(ActionPlanCard.newBuilder().setId("plan-1").setVersion(1)).build()))).isEmpty();
        assertThat(ProjectCards.change(envelope("OpennessProjectArchived",
                OpennessProjectFormulated.newBuilder().setProject(card(true)).build()))).isEmpty();
        assertThatThrownBy(() -> ProjectCards.change(envelope("OpennessProjectFormulated",
                MemberRegistered.getDefaultInstance()))).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> ProjectCards.change(envelope("OpennessProjectFormulated",
                OpennessProjectFormulated.newBuilder().setProject(card(true).setVersion(0)).build())))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("without version");
        assertThatThrownBy(() -> ProjectCards.change(envelope("OpennessProjectFormulated",
                OpennessProjectFormulated.newBuilder().setProject(card(true).setMemberSlug("")).build())))
                .isInstanceOf(PoisonEventException.class);
    }

    @Test
    void theFormulationDateComesOnlyFromAVersion7Id() {
        assertThat(CardTexts.createdAt(ID)).isEqualTo(FORMULATED);
        assertThat(CardTexts.createdAt(UUID.randomUUID().toString())).as("version 4").isNull();
        assertThat(CardTexts.createdAt("project-1")).isNull();
    }
}
