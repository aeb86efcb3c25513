package ma.remacto.projects.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Activity;
import ma.remacto.projects.domain.ActivityStatus;
import ma.remacto.projects.domain.CommitmentDetails;
import ma.remacto.projects.domain.CompletionLevel;
import ma.remacto.projects.domain.Indicator;
import ma.remacto.projects.domain.PlanFormat;
import ma.remacto.projects.domain.ProjectCard;
import ma.remacto.projects.domain.ScheduleRules;
import ma.remacto.projects.persistence.IdeationCopies;

import org.springframework.stereotype.Component;

/**
 * The rules a card and a schedule must satisfy that need data: the axis is one of the member's axes for the
 * plan's programme, the ideas are the member's retained ideas, an OGP commitment names its lead institution,
 * and the schedule fits the plan. Every problem is reported at once.
 */
@Component
public class ProjectCardRules {

    private final IdeationCopies ideation;

    public ProjectCardRules(IdeationCopies ideation) {
        this.ideation = ideation;
    }

    /** The card to store; indicators keep their ids and measurements when the draft names them. */
    public ProjectCard card(ActionPlan plan, ProjectDraft draft, ProjectCard previous, List<FieldProblem> problems) {
        IdeationCopies.AxisCopy axis = ideation.axis(plan.memberSlug(), plan.period(), draft.axisCode()).orElse(null);
        if (axis == null || !axis.active()) {
            problems.add(new FieldProblem("axisCode", "project.axis.unknown", draft.axisCode(), plan.period()));
        }
        List<String> ideaIds = new ArrayList<>(new LinkedHashSet<>(draft.ideaIds()));
        checkIdeas(plan, ideaIds, problems);
        CommitmentDetails commitment = null;
        if (plan.format() == PlanFormat.OGP) {
            if (draft.commitment() == null || draft.commitment().leadInstitution() == null
                    || draft.commitment().leadInstitution().isBlank()) {
                problems.add(new FieldProblem("commitment.leadInstitution", "project.commitment.lead-required"));
            } else {
                CompletionLevel level = previous == null || previous.commitment() == null ? CompletionLevel.NOT_STARTED
                        : previous.commitment().completion();
                commitment = draft.commitment().withCompletion(level);
            }
        } else if (draft.commitment() != null) {
            problems.add(new FieldProblem("commitment", "project.commitment.not-ogp"));
        }
        Map<String, Indicator> before = new HashMap<>();
        if (previous != null) {
            previous.indicators().forEach(i -> before.put(i.id(), i));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < draft.indicators().size(); i++) {
            ProjectDraft.IndicatorDraft d = draft.indicators().get(i);
            Indicator existing = d.id() == null ? null : before.get(d.id());
            if (d.id() != null && existing == null) {
                problems.add(new FieldProblem("indicators[" + i + "].id", "project.indicator.unknown", d.id()));
                continue;
            }
            indicators.add(existing == null
                    ? new Indicator(Ids.newId(), d.kind(), d.title(), d.unit(), d.baseline(), d.target(), d.qualitative(), List.of())
                    : existing.redefined(d.kind(), d.title(), d.unit(), d.baseline(), d.target(), d.qualitative()));
        }
        return new ProjectCard(axis == null ? null : axis.id(), draft.axisCode(), draft.title(), draft.problem(),
                draft.proposedSolution(), draft.principles(), draft.competence(), draft.linkedToActionProgramme(),
                draft.feasibleWithinPeriod(), draft.estimatedBudget(), draft.fundingSource(), draft.expectedResults(),
                indicators, ideaIds, commitment);
    }

    private void checkIdeas(ActionPlan plan, List<String> ideaIds, List<FieldProblem> problems) {
        if (ideaIds.isEmpty()) {
            return;
        }
        Map<String, IdeationCopies.IdeaCopy> known = new HashMap<>();
        ideation.ideas(ideaIds).forEach(idea -> known.put(idea.id(), idea));
        for (int i = 0; i < ideaIds.size(); i++) {
            IdeationCopies.IdeaCopy idea = known.get(ideaIds.get(i));
            String field = "ideaIds[" + i + "]";
            if (idea == null) {
                problems.add(new FieldProblem(field, "project.idea.unknown", ideaIds.get(i)));
            } else if (!idea.memberSlug().equals(plan.memberSlug())) {
                problems.add(new FieldProblem(field, "project.idea.other-member", ideaIds.get(i)));
            } else if (!"RETAINED".equals(idea.state())) {
                problems.add(new FieldProblem(field, "project.idea.not-retained", idea.number(), idea.state()));
            }
        }
    }

    /**
     * The schedule to store. Activities named by id keep what execution recorded (status, progress, evidence);
     * the others are new.
     */
    public List<Activity> schedule(ActionPlan plan, List<ProjectDraft.ActivityDraft> drafts, List<Activity> previous,
            List<FieldProblem> problems) {
        Map<String, Activity> before = new HashMap<>();
        previous.forEach(a -> before.put(a.id(), a));
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ProjectDraft.ActivityDraft d = drafts.get(i);
            Activity existing = d.id() == null ? null : before.get(d.id());
            if (d.id() != null && existing == null) {
                problems.add(new FieldProblem("activities[" + i + "].id", "project.activity.unknown", d.id()));
                continue;
            }
            activities.add(existing == null
                    ? new Activity(Ids.newId(), d.title(), d.start(), d.end(), d.weight(), ActivityStatus.PLANNED, 0,
                            List.of(), d.responsibleService(), d.estimatedCost())
                    : existing.rescheduled(d.title(), d.start(), d.end(), d.weight(), d.responsibleService(),
                            d.estimatedCost()));
        }
        problems.addAll(ScheduleRules.check(activities, plan, "activities"));
        return activities;
    }

    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
    }
}
