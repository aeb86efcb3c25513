package ma.remacto.ideation.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import ma.remacto.ideation.domain.Axis;
import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaSource;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.persistence.IdeaRepository;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The point of contact types in the ideas of a live workshop (or of the consultative body, a
 * petition, a consultation, or ideas collected online before the platform) as one batch, each where
 * it already stands in the member's tables. Every row is checked before any is stored: one bad row
 * means a report naming each bad row and nothing stored. Sending the same batch again records
 * nothing twice.
 */
@Service
public class RecordWorkshopIdeas {

    public record Row(IdeaDraft draft, Long number, IdeaState state, String reason) {
    }

    public record Recorded(int row, String ideaId, long number, boolean alreadyRecorded) {
    }

    private final IdeaIntake intake;
    private final IdeaRepository ideas;
    private final MemberScope members;
    private final AccessPolicy access;

    public RecordWorkshopIdeas(IdeaIntake intake, IdeaRepository ideas, MemberScope members, AccessPolicy access) {
        this.intake = intake;
        this.ideas = ideas;
        this.members = members;
        this.access = access;
    }

    /** @param shapeProblems what the API's row validation found; reported together with the domain problems */
    public List<Recorded> handle(String memberSlug, String batchId, IdeaSource source, List<Row> rows,
            List<FieldProblem> shapeProblems) {
        return record(access.requireStaffOf(memberSlug), memberSlug, batchId, source, rows, shapeProblems);
    }

    /**
     * The same for another service's facts (ideas collected at a meeting, sent by consultations): the actor is
     * the platform itself ({@code system:<service>}), authorised by the subscription, not by a token.
     */
    public List<Recorded> record(Actor actor, String memberSlug, String batchId, IdeaSource source, List<Row> rows,
            List<FieldProblem> shapeProblems) {
        MemberDirectoryEntry member = members.requireActive(memberSlug);
        List<FieldProblem> problems = new ArrayList<>(shapeProblems);
        List<Axis> axes = new ArrayList<>();
        Set<Long> numbersInBatch = new HashSet<>();
        // A table names a handful of axes over hundreds of rows: look each up once.
        Map<String, Optional<Axis>> axesByReference = new HashMap<>();
        List<String> batchRows = IntStream.range(0, rows.size()).mapToObj(i -> batchRow(batchId, i)).toList();
        Set<String> alreadyRecorded = ideas.recordedBatchRows(batchRows);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String prefix = "rows[" + i + "].";
            IdeaDraft draft = row.draft();
            String reference = draft.axisId() != null ? "id:" + draft.axisId() : "code:" + draft.axisCode();
            Axis axis = axesByReference.computeIfAbsent(reference,
                    key -> Optional.ofNullable(intake.findAxis(memberSlug, draft))).orElse(null);
            axes.add(intake.checkAxis(axis, memberSlug, prefix + (draft.axisId() != null ? "axisId" : "axisCode"),
                    problems));
            if (row.state() == IdeaState.NOT_RETAINED && (row.reason() == null || row.reason().isBlank())) {
                problems.add(new FieldProblem(prefix + "reason", "idea.reason.required"));
            }
            if (row.number() != null) {
                if (!numbersInBatch.add(row.number())) {
                    problems.add(new FieldProblem(prefix + "number", "idea.number.repeated", row.number()));
                } else if (!alreadyRecorded.contains(batchRows.get(i))
                        && ideas.findByNumber(memberSlug, row.number()).isPresent()) {
                    problems.add(new FieldProblem(prefix + "number", "idea.number.taken", row.number()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        List<IdeaIntake.Filing> filings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!alreadyRecorded.contains(batchRows.get(i))) {
                filings.add(new IdeaIntake.Filing(axes.get(i), row.draft(), row.number(), batchRows.get(i), row.state(),
                        row.reason()));
            }
        }
        Iterator<Idea> filed = intake.fileAll(member, filings, source, null, actor).iterator();
        List<Recorded> recorded = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (alreadyRecorded.contains(batchRows.get(i))) {
                recorded.add(new Recorded(i, null, rows.get(i).number() == null ? 0 : rows.get(i).number(), true));
            } else {
                Idea idea = filed.next();
                recorded.add(new Recorded(i, idea.id(), idea.number(), false));
            }
        }
        return recorded;
    }

    private static String batchRow(String batchId, int row) {
        return batchId + "#" + row;
    }
}
