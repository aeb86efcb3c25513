package ma.remacto.petitions.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ma.remacto.petitions.domain.Association;
import ma.remacto.petitions.domain.Deadline;
import ma.remacto.petitions.domain.LocalizedText;
import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionSnapshot;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.PetitionerKind;
import ma.remacto.petitions.domain.Step;
import ma.remacto.petitions.domain.ThresholdRule;

/**
 * A petition as the public API shows it: never the petitioner's account; citizens' petitions name their agent only
 * as "the agent" (الوكيل / le mandataire), an association by its public name.
 */
public record PetitionView(String id, String member, String memberKind, String region, Petitioner petitioner,
        LocalizedText title, String subject, List<String> requests, PetitionStatus status, String receiptNumber,
        LocalDate filedOn, Threshold threshold, Signatures signatures, LocalDate admissibleOn,
        String inadmissibilityReasons, String committee, String remarks, String committeeRecommendation,
        LocalizedText session, LocalDate sessionDate, String decision, LocalDate decidedOn, LocalDate agentNotifiedOn,
        List<Deadline> deadlines, List<Step> steps, boolean recordedByStaff, Instant createdAt, Instant updatedAt,
        long version) {

    static final LocalizedText AGENT = new LocalizedText("الوكيل", "le mandataire");

    public record Petitioner(PetitionerKind kind, LocalizedText label, String associationName, Association association) {
    }

    public record Threshold(String id, int requiredSignatures, BigDecimal minSharePerProvince, int requiredPerProvince,
            String source, boolean toConfirm) {
    }

    public record ProvinceProgress(String province, long signatures, int required, boolean reached) {
    }

    public record Signatures(long count, int required, boolean thresholdReached, List<ProvinceProgress> byProvince) {
    }

    static PetitionView of(PetitionSnapshot s) {
        Petition p = s.petition();
        Petitioner petitioner = p.petitionerKind() == PetitionerKind.CITIZENS
                ? new Petitioner(PetitionerKind.CITIZENS, AGENT, null, null)
                : new Petitioner(PetitionerKind.ASSOCIATION, null, p.association() == null ? null : p.association().name(),
                        p.association());
        ThresholdRule t = p.threshold();
        Threshold threshold = t == null ? null : new Threshold(t.id(), t.requiredSignatures(), t.minSharePerProvince(),
                t.requiredPerProvince(), t.source(), t.toConfirm());
        Signatures signatures = t == null ? null : new Signatures(s.tally().total(), t.requiredSignatures(),
                s.thresholdReached(), p.provinces().stream().map(province -> new ProvinceProgress(province,
                        s.tally().in(province), t.requiredPerProvince(), s.tally().in(province) >= t.requiredPerProvince()))
                        .toList());
        return new PetitionView(p.id(), p.memberSlug(), p.memberKind(), p.regionSlug(), petitioner, p.title(), p.subject(),
                p.requests(), p.status(), p.receiptNumber(), p.filedOn(), threshold, signatures, p.admissibleOn(),
                p.inadmissibilityReasons(), p.committee(), p.remarks(), p.committeeRecommendation(), p.session(),
                p.sessionDate(), p.decision(), p.decidedOn(), p.agentNotifiedOn(), s.deadlines(), p.steps(),
                p.recordedByStaff(), p.createdAt(), p.updatedAt(), p.version());
    }
}
