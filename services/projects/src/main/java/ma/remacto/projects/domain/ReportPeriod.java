package ma.remacto.projects.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an evaluation report covers ({@code from}–{@code to}, inside the plan's dates) and the day whose
 * end it describes ({@code asOf}): the period's last day, or today while the period runs. A quarter
 * ("2024-Q3") or a year ("2024") is named by the reader and may overlap the plan's dates only in part (a plan
 * starting in March has a first year all the same); mid-term is the midpoint of the plan's dates; the final
 * report covers the whole plan, as of its closing if it is closed.
 *
 * @param label the period as the reader named it, null for mid-term and final
 */
public record ReportPeriod(ReportKind kind, String label, LocalDate from, LocalDate to, LocalDate asOf) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Whether the period is still running: the report describes it so far. */
    public boolean inProgress() {
        return asOf.isBefore(to);
    }

    /**
     * @param closedOn the day the plan was closed, null while it is not
     * @throws Refused with the field code of what is wrong with the period
     */
    public static ReportPeriod resolve(ReportKind kind, String period, LocalDate planStart, LocalDate planEnd,
            LocalDate closedOn, LocalDate today) {
        return switch (kind) {
            case QUARTERLY, ANNUAL -> named(kind, period, planStart, planEnd, today);
            case MID_TERM -> {
                LocalDate midpoint = planStart.plusDays(ChronoUnit.DAYS.between(planStart, planEnd) / 2);
                requireStarted(midpoint, today);
                yield new ReportPeriod(kind, null, planStart, midpoint, midpoint);
            }
            case FINAL -> {
                requireStarted(planStart, today);
                LocalDate asOf = closedOn != null ? closedOn : min(planEnd, today);
                yield new ReportPeriod(kind, null, planStart, planEnd, asOf);
            }
        };
    }

    private static ReportPeriod named(ReportKind kind, String period, LocalDate planStart, LocalDate planEnd,
            LocalDate today) {
        if (period == null || period.isBlank()) {
            throw new Refused("report.period.required", kind == ReportKind.QUARTERLY ? "2024-Q3" : "2024");
        }
        String label = period.strip().toUpperCase(Locale.ROOT);
        LocalDate from;
        LocalDate to;
        Matcher quarter = QUARTER.matcher(label);
        if (kind == ReportKind.QUARTERLY && quarter.matches()) {
            from = LocalDate.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1);
            to = from.plusMonths(3).minusDays(1);
        } else if (kind == ReportKind.ANNUAL && YEAR.matcher(label).matches()) {
            from = LocalDate.of(Integer.parseInt(label), 1, 1);
            to = LocalDate.of(from.getYear(), 12, 31);
        } else {
            throw new Refused("report.period.malformed", kind == ReportKind.QUARTERLY ? "2024-Q3" : "2024");
        }
        if (to.isBefore(planStart) || from.isAfter(planEnd)) {
            throw new Refused("report.period.outside-plan", planStart.toString(), planEnd.toString());
        }
        from = max(from, planStart);
        to = min(to, planEnd);
        requireStarted(from, today);
        return new ReportPeriod(kind, label, from, to, min(to, today));
    }

    /** A period that has not begun has nothing to report yet. */
    private static void requireStarted(LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new Refused("report.period.future", day.toString());
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The period cannot be reported: a field code of the {@code period} parameter and its arguments. */
    public static final class Refused extends RuntimeException {

        private final String code;
        private final transient List<Object> arguments;

        public Refused(String code, Object... arguments) {
            super(code);
            this.code = code;
            this.arguments = List.of(arguments);
        }

        public String code() {
            return code;
        }

        public List<Object> arguments() {
            return arguments;
        }
    }
}
