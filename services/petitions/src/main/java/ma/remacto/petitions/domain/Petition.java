package ma.remacto.petitions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A petition (عريضة) to a member's council. The petitioner's account ({@code petitionerSubject}: the citizens' agent
 * or the association's representative) is kept to authorise the petitioner's own steps and is never shown: the
 * public sees "the agent", or the association's name.
 *
 * @param threshold the signature rule chosen from the member's kind and population when the petition was drafted
 *                  (null for an association, which petitions without signatures)
 * @param provinces for a region, the prefectures and provinces whose signatories are counted apart (5 % rule)
 */
public record Petition(
        String id,
        String memberSlug,
        String memberKind,
        String regionSlug,
        PetitionerKind petitionerKind,
        String petitionerSubject,
        Association association,
        LocalizedText title,
        String subject,
        List<String> requests,
        PetitionStatus status,
        ThresholdRule threshold,
        List<String> provinces,
        String receiptNumber,
        LocalDate filedOn,
        LocalDate admissibleOn,
        String inadmissibilityReasons,
        String committee,
        String remarks,
        String committeeRecommendation,
        LocalizedText session,
        LocalDate sessionDate,
        String decision,
        LocalDate decidedOn,
        LocalDate agentNotifiedOn,
        boolean recordedByStaff,
        List<Step> steps,
        long countedSignatures,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Petition {
        requests = requests == null ? List.of() : List.copyOf(requests);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean collectsSignatures() {
        return petitionerKind == PetitionerKind.CITIZENS && !recordedByStaff;
    }

    /** The provinces short of their share of the required signatures (regions), in the petition's order. */
    public List<String> provincesShort(Tally tally) {
        int each = threshold == null ? 0 : threshold.requiredPerProvince();
        if (each == 0) {
            return List.of();
        }
        return provinces.stream().filter(p -> tally.in(p) < each).toList();
    }

    public boolean thresholdReached(Tally tally) {
        return threshold == null || tally.total() >= threshold.requiredSignatures() && provincesShort(tally).isEmpty();
    }

    /**
     * The deadlines as of {@code today}: the admissibility decision (a rejection reasoned and notified to the agent)
     * within the configured months of filing, and the decision at the session the petition was put before.
     * Past petitions recorded by staff have none: the platform did not follow them.
     */
    public List<Deadline> deadlines(LocalDate today, DeadlineRule notice) {
        List<Deadline> deadlines = new ArrayList<>();
        if (recordedByStaff) {
            return deadlines;
        }
        if (filedOn != null && notice != null) {
            LocalDate met = admissibleOn != null ? admissibleOn
                    : status == PetitionStatus.AGENT_NOTIFIED && inadmissibilityReasons != null ? agentNotifiedOn : null;
            deadlines.add(Deadline.of(notice.kind(), filedOn.plusMonths(notice.months()), met, today, notice.source(),
                    notice.toConfirm()));
        }
        if (sessionDate != null) {
            deadlines.add(Deadline.of("SESSION_DECISION", sessionDate, decidedOn, today, null, false));
        }
        return deadlines;
    }

    /** A copy moved to {@code target} with the step recorded; the caller sets the step's own fields with {@link Change}. */
    public Petition moveTo(PetitionStatus target, Change change, LocalDate on, Instant at, String publicReason) {
        List<Step> nextSteps = new ArrayList<>(steps);
        nextSteps.add(new Step(status.name(), target.name(), on, at, publicReason));
        return new Petition(id, memberSlug, memberKind, regionSlug, petitionerKind, petitionerSubject, association, title,
                subject, requests, target, threshold, provinces,
                or(change.receiptNumber(), receiptNumber), or(change.filedOn(), filedOn),
                or(change.admissibleOn(), admissibleOn), or(change.inadmissibilityReasons(), inadmissibilityReasons),
                or(change.committee(), committee), remarks, committeeRecommendation, or(change.session(), session),
                or(change.sessionDate(), sessionDate), or(change.decision(), decision), or(change.decidedOn(), decidedOn),
                or(change.agentNotifiedOn(), agentNotifiedOn), recordedByStaff, nextSteps, countedSignatures, createdAt, at,
                version + 1);
    }

    public Petition edit(LocalizedText newTitle, String newSubject, List<String> newRequests, Instant at) {
        return new Petition(id, memberSlug, memberKind, regionSlug, petitionerKind, petitionerSubject, association,
                newTitle, newSubject, newRequests, status, threshold, provinces, receiptNumber, filedOn, admissibleOn,
                inadmissibilityReasons, committee, remarks, committeeRecommendation, session, sessionDate, decision,
                decidedOn, agentNotifiedOn, recordedByStaff, steps, countedSignatures, createdAt, at, version + 1);
    }

    public Petition counted(long signatures, Instant at) {
        return new Petition(id, memberSlug, memberKind, regionSlug, petitionerKind, petitionerSubject, association,
                title, subject, requests, status, threshold, provinces, receiptNumber, filedOn, admissibleOn,
                inadmissibilityReasons, committee, remarks, committeeRecommendation, session, sessionDate, decision,
                decidedOn, agentNotifiedOn, recordedByStaff, steps, signatures, createdAt, at, version + 1);
    }

    /** The fields a step sets; null leaves a field as it is. */
    public record Change(String receiptNumber, LocalDate filedOn, LocalDate admissibleOn, String inadmissibilityReasons,
            String committee, LocalizedText session, LocalDate sessionDate, String decision, LocalDate decidedOn,
            LocalDate agentNotifiedOn) {

        public static Change none() {
            return new Change(null, null, null, null, null, null, null, null, null, null);
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
