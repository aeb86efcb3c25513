package ma.remacto.petitions.events;

import java.time.Instant;
import java.time.LocalDate;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.PastPetitionRecorded;
import ma.remacto.events.v1.PetitionCard;
import ma.remacto.events.v1.PetitionDeadline;
import ma.remacto.events.v1.PetitionDrafted;
import ma.remacto.events.v1.PetitionEdited;
import ma.remacto.events.v1.PetitionSignaturesCounted;
import ma.remacto.events.v1.PetitionStatusChanged;
import ma.remacto.events.v1.PetitionStep;
import ma.remacto.events.v1.ProvinceCount;
import ma.remacto.events.v1.ThresholdRule;
import ma.remacto.petitions.domain.Deadline;
import ma.remacto.petitions.domain.LocalizedText;
import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionSnapshot;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.Step;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;

/**
 * The petitions service's events: each carries the full PUBLIC card (counts, never signatories; the agent only as a
 * role, an association by its public name; the petitioner's account never).
 */
public final class PetitionsEvents {

    public static final String AGGREGATE = "Petition";
    private static final int SCHEMA_VERSION = 1;

    private PetitionsEvents() {
    }

    public static DomainEvent drafted(PetitionSnapshot s) {
        return event(s, "PetitionDrafted", PetitionDrafted.newBuilder().setPetition(card(s)).build());
    }

    public static DomainEvent edited(PetitionSnapshot s) {
        return event(s, "PetitionEdited", PetitionEdited.newBuilder().setPetition(card(s)).build());
    }

    public static DomainEvent statusChanged(PetitionSnapshot s, PetitionStatus from) {
        return event(s, "PetitionStatusChanged", PetitionStatusChanged.newBuilder().setPetition(card(s))
                .setFrom(from.name()).setTo(s.petition().status().name()).build());
    }

    public static DomainEvent signaturesCounted(PetitionSnapshot s) {
        return event(s, "PetitionSignaturesCounted", PetitionSignaturesCounted.newBuilder().setPetition(card(s)).build());
    }

    public static DomainEvent pastRecorded(PetitionSnapshot s) {
        return event(s, "PastPetitionRecorded", PastPetitionRecorded.newBuilder().setPetition(card(s)).build());
    }

    private static DomainEvent event(PetitionSnapshot s, String type, Message payload) {
        Petition p = s.petition();
        return new DomainEvent(Topics.PETITIONS, type, SCHEMA_VERSION, AGGREGATE, p.id(), p.version(), p.memberSlug(),
                payload);
    }

    public static PetitionCard card(PetitionSnapshot s) {
        Petition p = s.petition();
        PetitionCard.Builder card = PetitionCard.newBuilder().setId(p.id()).setMemberSlug(p.memberSlug())
                .setMemberKind(orEmpty(p.memberKind())).setRegionSlug(orEmpty(p.regionSlug()))
                .setPetitionerKind(p.petitionerKind().name())
                .setAssociationName(p.association() == null ? "" : orEmpty(p.association().name()))
                .setTitle(text(p.title())).setSubject(orEmpty(p.subject())).addAllRequests(p.requests())
                .setStatus(p.status().name()).setReceiptNumber(orEmpty(p.receiptNumber()))
                .setFiledOn(date(p.filedOn())).setSignatures((int) s.tally().total())
                .setCommittee(orEmpty(p.committee())).setSession(p.session() == null ? "" : orEmpty(p.session().ar()))
                .setDecision(orEmpty(p.decision())).setRemarks(orEmpty(p.remarks()))
                .setCommitteeRecommendation(orEmpty(p.committeeRecommendation()))
                .setInadmissibilityReasons(orEmpty(p.inadmissibilityReasons()))
                .setAdmissibleOn(date(p.admissibleOn())).setSessionDate(date(p.sessionDate()))
                .setDecidedOn(date(p.decidedOn())).setAgentNotifiedOn(date(p.agentNotifiedOn()))
                .setRecordedByStaff(p.recordedByStaff()).setUpdatedAt(timestamp(p.updatedAt())).setVersion(p.version());
        if (p.threshold() != null) {
            var t = p.threshold();
            card.setThreshold(ThresholdRule.newBuilder().setId(t.id()).setRequiredSignatures(t.requiredSignatures())
                    .setMinSharePerProvince(t.minSharePerProvince() == null ? "" : t.minSharePerProvince().toPlainString())
                    .setSource(orEmpty(t.source())).setToConfirm(t.toConfirm()));
            int each = t.requiredPerProvince();
            for (String province : p.provinces()) {
                card.addByProvince(ProvinceCount.newBuilder().setProvinceSlug(province)
                        .setSignatures((int) s.tally().in(province)).setRequired(each));
            }
        }
        for (Deadline d : s.deadlines()) {
            card.addDeadlines(PetitionDeadline.newBuilder().setKind(d.kind()).setDue(date(d.due()))
                    .setMetOn(date(d.metOn())).setOverdue(d.overdue()));
        }
        for (Step step : p.steps()) {
            PetitionStep.Builder b = PetitionStep.newBuilder().setFrom(orEmpty(step.from())).setTo(step.to())
                    .setOn(date(step.on())).setReason(orEmpty(step.reason()));
            if (step.at() != null) {
                b.setAt(timestamp(step.at()));
            }
            card.addSteps(b);
        }
        return card.build();
    }

    private static ma.remacto.events.v1.LocalizedText text(LocalizedText text) {
        return ma.remacto.events.v1.LocalizedText.newBuilder().setAr(text == null ? "" : orEmpty(text.ar()))
                .setFr(text == null ? "" : orEmpty(text.fr())).build();
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
