package ma.remacto.search.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.ConsultationCard;
import ma.remacto.events.v1.ConsultationItem;
import ma.remacto.events.v1.ConsultationSummary;
import ma.remacto.events.v1.ConsultationSummaryPublished;
import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.MeetingCard;
import ma.remacto.events.v1.MeetingRecorded;
import ma.remacto.events.v1.PetitionCard;
import ma.remacto.events.v1.PetitionDrafted;
import ma.remacto.events.v1.PetitionSignaturesCounted;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.ProposalKind;

import org.junit.jupiter.api.Test;

/** Petition and consultation events → search documents, without a server. */
class ParticipationCardsTest {

    static PetitionCard.Builder petition(String status) {
        return PetitionCard.newBuilder().setId("petition-1").setMemberSlug("larache").setStatus(status)
                .setTitle(LocalizedText.newBuilder().setAr("مسبح بلدي")).setSubject("غياب مسبح عمومي")
                .addRequests("إحداث مسبح مغطى").addRequests(" ").setAssociationName("جمعية الحي").setSignatures(120)
                .setUpdatedAt(Timestamp.newBuilder().setSeconds(1_720_000_000L)).setVersion(3);
    }

    @Test
    void aPetitionOutOfDraftIsAProposalAndADraftIsARemovalMarker() {
        PetitionCard collecting = PetitionCards.card(ProjectCardsTest.envelope("PetitionSignaturesCounted",
                PetitionSignaturesCounted.newBuilder().setPetition(petition("COLLECTING_SIGNATURES")).build()))
                .orElseThrow();
        Proposal proposal = PetitionCards.proposal(collecting, Optional.empty());
        assertThat(proposal.kind()).isEqualTo(ProposalKind.PETITION);
        assertThat(proposal.removed()).isFalse();
        assertThat(proposal.problem()).isEqualTo("غياب مسبح عمومي\nجمعية الحي");
        assertThat(proposal.proposedSolution()).as("blank requests left out").isEqualTo("إحداث مسبح مغطى");
        assertThat(proposal.supportCount()).as("the signatures").isEqualTo(120);
        assertThat(proposal.version()).isEqualTo(3);

        Proposal draft = PetitionCards.proposal(petition("DRAFT").build(), Optional.empty());
        assertThat(draft.removed()).isTrue();
        assertThat(draft.problem()).isNull();
        assertThat(draft.title()).isNull();
        assertThat(draft.version()).isEqualTo(3);
    }

    @Test
    void aPetitionCardWithoutVersionIsAPoisonAndOtherTypesAreIgnored() {
        assertThatThrownBy(() -> PetitionCards.card(ProjectCardsTest.envelope("PetitionDrafted",
                PetitionDrafted.newBuilder().setPetition(petition("DRAFT").setVersion(0)).build())))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("without version");
        assertThat(ConsultationCards.card(ProjectCardsTest.envelope("MeetingRecorded",
                MeetingRecorded.newBuilder().setMeeting(MeetingCard.newBuilder().setId("m")).build()))).isEmpty();
    }

    @Test
    void aConsultationSearchesItsDescriptionItemsAndOncePublishedItsSummary() {
        ConsultationCard card = ConsultationCard.newBuilder().setId("consultation-1").setMemberSlug("larache")
                .setTitle(LocalizedText.newBuilder().setAr("استشارة حول مشروع البرنامج").setFr("Consultation"))
                .setDescription(LocalizedText.newBuilder().setAr("إبداء الرأي").setFr("Donnez votre avis"))
                .addItems(ConsultationItem.newBuilder().setId("i1")
                        .setTitle(LocalizedText.newBuilder().setAr("الشباك الإلكتروني").setFr("Guichet")))
                .setStatus("SUMMARY_PUBLISHED").setContributionsPublished(8)
                .setSummary(ConsultationSummary.newBuilder().addThemes("الولوج إلى المعلومة")
                        .addChangesToDraft("إضافة نشاط للتكوين"))
                .setVersion(5).build();
        Proposal proposal = ConsultationCards.proposal(ConsultationCards.card(ProjectCardsTest.envelope(
                "ConsultationSummaryPublished", ConsultationSummaryPublished.newBuilder().setConsultation(card).build()))
                .orElseThrow(), Optional.empty());
        assertThat(proposal.kind()).isEqualTo(ProposalKind.CONSULTATION);
        assertThat(proposal.problem()).isEqualTo("إبداء الرأي\nDonnez votre avis");
        assertThat(proposal.proposedSolution()).isEqualTo("الشباك الإلكتروني\nGuichet");
        assertThat(proposal.note()).isEqualTo("الولوج إلى المعلومة\nإضافة نشاط للتكوين");
        assertThat(proposal.supportCount()).as("the published contributions").isEqualTo(8);
        assertThat(proposal.title().ar()).isEqualTo("استشارة حول مشروع البرنامج");
    }
}
