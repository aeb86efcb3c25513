package ma.remacto.search.events;

import static ma.remacto.search.events.CardTexts.blankToNull;
import static ma.remacto.search.events.CardTexts.createdAt;
import static ma.remacto.search.events.CardTexts.instant;
import static ma.remacto.search.events.CardTexts.lines;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.ActivityProgressRecorded;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IndicatorMeasured;
import ma.remacto.events.v1.OpennessProjectEdited;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.events.v1.OpennessProjectPublicationChanged;
import ma.remacto.events.v1.OpennessProjectWithdrawn;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.search.domain.LocalizedText;
import ma.remacto.search.domain.ProjectDetails;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.ProposalKind;

/**
 * The projects service's events (remacto.projects.v1) as search sees them: every project event carries the project's
 * full card, so indexing is an upsert of that card while the project is public, and a removal marker otherwise. Plan
 * events and event types this version does not know are not about searchable proposals and are ignored.
 */
public final class ProjectCards {

    /** Between the lines of a list (issues, causes, consequences, proposed solution): one text each, as ideas have. */

    private ProjectCards() {
    }

    /**
     * A project's card as one event leaves it, and whether the public may see it.
     *
     * @param visible published and not withdrawn. The card's {@code published} is already false for a withdrawn
     *                project (the projects service publishes {@code published && !withdrawn}); the event type is
     *                checked too, so a withdrawal removes the project whatever the flag says.
     */
    public record ProjectChange(ProjectCard card, boolean visible) {
    }

    /**
     * The project change an event carries, empty for other event types.
     *
     * @throws PoisonEventException when the payload does not unpack as its event type says, or the card has no id,
     *                              member or version
     */
    public static Optional<ProjectChange> change(EventEnvelope envelope) {
        ProjectCard card;
        boolean withdrawn = false;
        try {
            card = switch (envelope.getEventType()) {
                case "OpennessProjectFormulated" -> envelope.getPayload().unpack(OpennessProjectFormulated.class).getProject();
                case "OpennessProjectEdited" -> envelope.getPayload().unpack(OpennessProjectEdited.class).getProject();
                case "ActivityProgressRecorded" -> envelope.getPayload().unpack(ActivityProgressRecorded.class).getProject();
                case "IndicatorMeasured" -> envelope.getPayload().unpack(IndicatorMeasured.class).getProject();
                case "OpennessProjectPublicationChanged" ->
                        envelope.getPayload().unpack(OpennessProjectPublicationChanged.class).getProject();
                case "OpennessProjectWithdrawn" -> {
                    withdrawn = true;
                    yield envelope.getPayload().unpack(OpennessProjectWithdrawn.class).getProject();
                }
                default -> null; // ActionPlan* events, or a newer producer's type
            };
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
        if (card == null) {
            return Optional.empty();
        }
        CardChecks.require(envelope.getEventType(), "a project card", card.getId(), card.getMemberSlug(),
                card.getVersion());
        return Optional.of(new ProjectChange(card, card.getPublished() && !withdrawn));
    }

    /**
     * The proposal to index: the public project, or the removal marker of one that is not public (never published,
     * unpublished, withdrawn). The member's region and province come from the read model when it knows the member.
     */
    public static Proposal proposal(ProjectChange change, Optional<MemberDirectoryEntry> member) {
        ProjectCard card = change.card();
        Instant updatedAt = instant(card.hasUpdatedAt(), card.getUpdatedAt());
        if (!change.visible()) {
            return Proposal.removed(card.getId(), ProposalKind.PROJECT, card.getMemberSlug(), updatedAt,
                    card.getVersion());
        }
        LocalizedText title = new LocalizedText(blankToNull(card.getTitle().getAr()), blankToNull(card.getTitle().getFr()));
        String problem = lines(Stream.of(card.getProblem().getIssuesList(), card.getProblem().getCausesList(),
                card.getProblem().getConsequencesList()).flatMap(List::stream).toList());
        String completion = card.hasCommitment() ? blankToNull(card.getCommitment().getCompletion()) : null;
        String note = card.hasCommitment() ? blankToNull(card.getCommitment().getDescription()) : null;
        ProjectDetails details = new ProjectDetails(blankToNull(card.getPlanId()), blankToNull(card.getPeriod()),
                blankToNull(card.getKind()), decimal(card.getProgress()), completion);
        return new Proposal(card.getId(), ProposalKind.PROJECT, card.getMemberSlug(),
                member.map(MemberDirectoryEntry::regionSlug).orElse(null),
                member.map(MemberDirectoryEntry::provinceSlug).orElse(null),
                card.getPosition(), blankToNull(card.getAxisId()), blankToNull(card.getAxisCode()), null, null, null,
                title.isEmpty() ? null : title, problem, lines(card.getProposedSolutionList()), note, null, List.of(), 0,
                details, createdAt(card.getId()), updatedAt, false, card.getVersion());
    }

    /** Progress travels as a decimal string ("37.50"); an unreadable one is left out rather than failing the event. */
    private static BigDecimal decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
