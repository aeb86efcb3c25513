package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.platform.problems.FieldProblem;

/**
 * What a schedule must satisfy whatever its source: at least one activity, each ending on or after its
 * start and inside the plan's period, each weighing more than 0 and at most 100 %, all weights summing to
 * exactly 100 %.
 */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    public static List<FieldProblem> check(List<Activity> activities, ActionPlan plan, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (activities.isEmpty()) {
            problems.add(new FieldProblem(field, "project.activities.empty"));
            return problems;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            String at = field + "[" + i + "]";
            if (activity.end().isBefore(activity.start())) {
                problems.add(new FieldProblem(at + ".end", "project.activity.end-before-start",
                        activity.start().toString(), activity.end().toString()));
            }
            if (!plan.covers(activity.start()) || !plan.covers(activity.end())) {
                problems.add(new FieldProblem(at + ".start", "project.activity.outside-period",
                        plan.startDate().toString(), plan.endDate().toString()));
            }
            if (activity.weight().signum() <= 0 || activity.weight().compareTo(Progress.HUNDRED) > 0) {
                problems.add(new FieldProblem(at + ".weight", "project.activity.weight-range"));
            }
            sum = sum.add(activity.weight());
        }
        if (sum.compareTo(Progress.HUNDRED) != 0) {
            problems.add(new FieldProblem(field, "project.activities.weights-sum", sum.toPlainString()));
        }
        return problems;
    }
}
