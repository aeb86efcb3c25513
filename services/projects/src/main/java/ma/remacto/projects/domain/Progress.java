package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Progress roll-up. A project's progress is the weight-sum of its activities' progress; cancelled
 * activities leave the sum and the others' weights are scaled up to fill it, so cancelling work neither
 * completes nor freezes a project. A plan's (or an axis's) progress is the mean of its projects'.
 */
public final class Progress {

    public static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int SCALE = 2;

    private Progress() {
    }

    public static BigDecimal ofActivities(List<Activity> activities) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal done = BigDecimal.ZERO;
        for (Activity activity : activities) {
            if (activity.status() == ActivityStatus.CANCELLED) {
                continue;
            }
            weights = weights.add(activity.weight());
            done = done.add(activity.weight().multiply(BigDecimal.valueOf(activity.progress())));
        }
        if (weights.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return done.divide(weights, SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }
}
