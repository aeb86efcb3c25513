package ma.remacto.opendata;

import java.time.Instant;

import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.ActionPlanCard;
import ma.remacto.events.v1.ActionPlanStatusChanged;
import ma.remacto.events.v1.ActivityCard;
import ma.remacto.events.v1.ConsultationCard;
import ma.remacto.events.v1.ConsultationSummaryPublished;
import ma.remacto.events.v1.ContributionCard;
import ma.remacto.events.v1.ContributionModerated;
import ma.remacto.events.v1.CouncilAdoption;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.MeetingCard;
import ma.remacto.events.v1.MeetingRecorded;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.events.v1.OpennessProjectPublicationChanged;
import ma.remacto.events.v1.ParticipationCounts;
import ma.remacto.events.v1.PetitionCard;
import ma.remacto.events.v1.PetitionStatusChanged;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.events.v1.ThresholdRule;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;

/** The other services' events as their relays publish them (full public cards), for the open data service under test. */
final class OpenDataEvents {

    static final Instant AT = Instant.parse("2025-03-10T09:00:00Z");
    static final String PERSON = "Fatima Zahra El Idrissi";

    private OpenDataEvents() {
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).build();
    }

    static LocalizedText text(String ar, String fr) {
        return LocalizedText.newBuilder().setAr(ar).setFr(fr).build();
    }

    static IdeaCard.Builder idea(String id, String member, long number, long version) {
        return IdeaCard.newBuilder().setId(id).setMemberSlug(member).setNumber(number).setAxisId("axis-1")
                .setAxisCode("A1").setCategory("INFRASTRUCTURE").setSource("DIGITAL").setState("RECEIVED")
                .setProblem("ضعف الإنارة العمومية، في \"الحي\" القديم").setProposedSolution("تعميم الإنارة بالطاقة الشمسية")
                .setNote("ملاحظة").setAuthorDisplayName(PERSON).setSupportCount(version)
                .setSubmittedAt(ts(AT)).setUpdatedAt(ts(AT.plusSeconds(version))).setVersion(version);
    }

    static DomainEvent submitted(IdeaCard card) {
        return new DomainEvent(Topics.IDEATION, "IdeaSubmitted", 1, "Idea", card.getId(), card.getVersion(),
                card.getMemberSlug(), IdeaSubmitted.newBuilder().setIdea(card).build());
    }

    static DomainEvent stateChanged(IdeaCard card) {
        return new DomainEvent(Topics.IDEATION, "IdeaStateChanged", 1, "Idea", card.getId(), card.getVersion(),
                card.getMemberSlug(), IdeaStateChanged.newBuilder().setIdea(card).setToState(card.getState()).build());
    }

    static ActivityCard activity(String id, String title, String start, String end, String weight) {
        return ActivityCard.newBuilder().setId(id).setTitle(title).setStartDate(start).setEndDate(end).setWeight(weight)
                .setStatus("PLANNED").setProgress(0).setResponsibleService("مصلحة التواصل").setEstimatedCost("12000.50")
                .build();
    }

    static ProjectCard.Builder project(String id, String member, long version, boolean published) {
        return ProjectCard.newBuilder().setId(id).setMemberSlug(member).setPlanId("plan-" + member).setPeriod("2024-2025")
                .setKind("PROJECT").setAxisId("axis-1").setAxisCode("A1")
                .setTitle(text("تجويد آليات التواصل", "Améliorer la communication")).setEstimatedBudget("25000.50")
                .setFundingSource("ذاتية").setProgress("12.50").addPrinciples("TRANSPARENCY_AND_ACCOUNTABILITY")
                .addPrinciples("CITIZEN_PARTICIPATION").setCompetence("OWN").addIdeaIds("idea-1")
                .setPublished(published).setUpdatedAt(ts(AT.plusSeconds(version))).setVersion(version);
    }

    static DomainEvent formulated(ProjectCard card) {
        return new DomainEvent(Topics.PROJECTS, "OpennessProjectFormulated", 1, "OpennessProject", card.getId(),
                card.getVersion(), card.getMemberSlug(), OpennessProjectFormulated.newBuilder().setProject(card).build());
    }

    static DomainEvent publication(ProjectCard card) {
        return new DomainEvent(Topics.PROJECTS, "OpennessProjectPublicationChanged", 1, "OpennessProject", card.getId(),
                card.getVersion(), card.getMemberSlug(), OpennessProjectPublicationChanged.newBuilder().setProject(card)
                        .setPublished(card.getPublished()).build());
    }

    static DomainEvent plan(String id, String member, String status, long version) {
        ActionPlanCard plan = ActionPlanCard.newBuilder().setId(id).setMemberSlug(member).setPeriod("2024-2025")
                .setStartDate("2024-01-01").setEndDate("2025-12-31").setFormat("STANDARD")
                .setTitle(text("برنامج عمل الانفتاح", "Programme d'action d'ouverture")).setStatus(status)
                .setAdoption(CouncilAdoption.newBuilder().setSession(text("دورة فبراير", "Session de février"))
                        .setDate("2024-02-05"))
                .setVersion(version).build();
        return new DomainEvent(Topics.PROJECTS, "ActionPlanStatusChanged", 1, "ActionPlan", id, version, member,
                ActionPlanStatusChanged.newBuilder().setPlan(plan).setToStatus(status).build());
    }

    static DomainEvent meeting(String id, String member) {
        MeetingCard meeting = MeetingCard.newBuilder().setId(id).setMemberSlug(member).setKind("CO_PREPARATION_WORKSHOP")
                .setTitle(text("ورشة الإعداد المشترك", "Atelier de co-préparation")).setDate("2024-05-12")
                .setPlace("قاعة الاجتماعات").setParticipants(ParticipationCounts.newBuilder().setTotal(40)
                        .putByGender("FEMALE", 22).putByGender("MALE", 18).putByAgeGroup("18_24", 10)
                        .putByAgeGroup("25_34", 30))
                .setIdeasCollected(12).setVersion(1).build();
        return new DomainEvent(Topics.CONSULTATIONS, "MeetingRecorded", 1, "Meeting", id, 1, member,
                MeetingRecorded.newBuilder().setMeeting(meeting).build());
    }

    static ConsultationCard consultation(String id, String member) {
        return ConsultationCard.newBuilder().setId(id).setMemberSlug(member)
                .setTitle(text("استشارة حول برنامج العمل", "Consultation sur le programme d'action"))
                .setOpensAt(ts(AT)).setClosesAt(ts(AT.plusSeconds(30 * 86400))).setStatus("SUMMARY_PUBLISHED")
                .setContributionsPublished(7).setParticipation(ParticipationCounts.newBuilder().setTotal(9)
                        .putByGender("FEMALE", 5).putByGender("MALE", 4))
                .setVersion(4).build();
    }

    static DomainEvent summaryPublished(ConsultationCard card) {
        return new DomainEvent(Topics.CONSULTATIONS, "ConsultationSummaryPublished", 1, "Consultation", card.getId(),
                card.getVersion(), card.getMemberSlug(), ConsultationSummaryPublished.newBuilder().setConsultation(card)
                        .build());
    }

    static DomainEvent contribution(String id, ConsultationCard consultation) {
        ContributionCard contribution = ContributionCard.newBuilder().setId(id).setConsultationId(consultation.getId())
                .setMemberSlug(consultation.getMemberSlug()).setPosition("AGREE")
                .setComment("تعليق شخصي من " + PERSON).setModeration("PUBLISHED").setAuthorDisplayName(PERSON)
                .setVersion(2).build();
        return new DomainEvent(Topics.CONSULTATIONS, "ContributionModerated", 1, "Contribution", id, 2,
                consultation.getMemberSlug(), ContributionModerated.newBuilder().setContribution(contribution)
                        .setConsultation(consultation).build());
    }

    static PetitionCard.Builder petition(String id, String member, String status, long version) {
        return PetitionCard.newBuilder().setId(id).setMemberSlug(member).setPetitionerKind("ASSOCIATION")
                .setAssociationName("جمعية الأمل للتنمية").setTitle(text("تهيئة المنتزه", "Aménagement du parc"))
                .setSubject("تهيئة المنتزه الجماعي").setStatus(status).setReceiptNumber("R-2025-7")
                .setFiledOn("2025-01-15").setThreshold(ThresholdRule.newBuilder().setRequiredSignatures(100)
                        .setSource("Loi organique 113.14, art. 123"))
                .setSignatures(130).setMemberKind("COMMUNE").setUpdatedAt(ts(AT)).setVersion(version);
    }

    static DomainEvent petitionStatus(PetitionCard card) {
        return new DomainEvent(Topics.PETITIONS, "PetitionStatusChanged", 1, "Petition", card.getId(),
                card.getVersion(), card.getMemberSlug(), PetitionStatusChanged.newBuilder().setPetition(card)
                        .setTo(card.getStatus()).build());
    }
}
