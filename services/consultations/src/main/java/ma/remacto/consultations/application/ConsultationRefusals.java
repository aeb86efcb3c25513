package ma.remacto.consultations.application;

import java.time.Clock;
import java.time.Instant;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationItem;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.domain.Contribution;
import ma.remacto.consultations.domain.LocalizedText;
import ma.remacto.platform.problems.ProblemArgument;
import ma.remacto.platform.problems.ProblemException;

import org.springframework.stereotype.Component;

/**
 * The refusals of a consultation's window and contributions, as a person reads them: the consultation's and the
 * item's titles, the window's dates in Morocco's time and where the consultation stands, in words. The raw facts
 * (status, ids, instants) go along as problem extension members for clients that act on them.
 */
@Component
public class ConsultationRefusals {

    private final Clock clock;

    public ConsultationRefusals(Clock clock) {
        this.clock = clock;
    }

    /** Contributing or closing early outside the window (409 {@code consultation.not-open}). */
    public ProblemException notOpen(Consultation consultation, ConsultationStatus status) {
        return facts(ProblemException.conflict("consultation.not-open", title(consultation.title()),
                at(consultation.opensAt()), at(consultation.closesAt()), now(consultation, status)),
                consultation, status);
    }

    /** Publishing the summary before the consultation closed, or twice (409 {@code consultation.not-closed}). */
    public ProblemException notClosed(Consultation consultation, ConsultationStatus status) {
        return facts(ProblemException.conflict("consultation.not-closed", title(consultation.title()),
                at(consultation.closesAt()), now(consultation, status)), consultation, status);
    }

    /** The same person on the same item again (409 {@code contribution.duplicate}). */
    public ProblemException duplicate(Consultation consultation, String itemId) {
        LocalizedText item = consultation.item(itemId).map(ConsultationItem::title)
                .orElse(new LocalizedText(itemId, null));
        return ProblemException.conflict("contribution.duplicate", title(item), title(consultation.title()))
                .with("consultationId", consultation.id()).with("itemId", itemId);
    }

    /** A second decision on a contribution (409 {@code contribution.already-moderated}). */
    public ProblemException alreadyModerated(Contribution contribution) {
        return ProblemException.conflict("contribution.already-moderated",
                ProblemArgument.word("contribution.moderation." + contribution.moderation().name()))
                .with("moderation", contribution.moderation().name());
    }

    private ProblemArgument now(Consultation consultation, ConsultationStatus status) {
        if (status == ConsultationStatus.CLOSED && consultation.closedEarlyAt() != null) {
            return ProblemArgument.word("consultation.now.CLOSED_EARLY", at(consultation.closedEarlyAt()));
        }
        return ProblemArgument.word("consultation.now." + status.name());
    }

    private static ProblemException facts(ProblemException problem, Consultation consultation,
            ConsultationStatus status) {
        return problem.with("consultationId", consultation.id()).with("consultationStatus", status.name())
                .with("opensAt", consultation.opensAt().toString())
                .with("closesAt", consultation.closesAt().toString());
    }

    private ProblemArgument at(Instant instant) {
        return ProblemArgument.dateTime(instant, clock.getZone());
    }

    private static ProblemArgument title(LocalizedText text) {
        return text == null ? ProblemArgument.text("", "") : ProblemArgument.text(text.ar(), text.fr());
    }
}
