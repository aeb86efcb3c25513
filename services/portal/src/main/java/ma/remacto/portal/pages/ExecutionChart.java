package ma.remacto.portal.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import ma.remacto.portal.web.Texts;

/**
 * A project's execution over time as an SVG line chart drawn on the server (no script): the progress its schedule
 * planned (each activity's weight spread evenly over its dates) and the progress reported, step by step, up to
 * today. Coordinates are in a fixed {@value #WIDTH} x {@value #HEIGHT} view box; time runs left to right in both
 * languages, as the seeds' schedules are drawn.
 *
 * @param planned the planned curve, SVG {@code points}
 * @param actual the reported progress, SVG {@code points} (a step line)
 * @param todayX where today is on the time axis, or -1 outside the schedule
 * @param start first day of the schedule
 * @param end last day of the schedule
 */
public record ExecutionChart(String planned, String actual, double todayX, LocalDate start, LocalDate end) {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 200;

    /**
     * @param activities the schedule as the projects API gives it ({@code start}, {@code end}, {@code weight},
     * {@code status})
     * @param history the progress over time ({@code at}, {@code progress})
     * @return the chart, or null when the schedule has no dates
     */
    public static ExecutionChart of(List<Map<String, Object>> activities, List<Map<String, Object>> history,
            LocalDate today) {
        List<Map<String, Object>> counted = activities.stream()
                .filter(a -> !"CANCELLED".equals(a.get("status")) && a.get("start") != null && a.get("end") != null)
                .toList();
        if (counted.isEmpty()) {
            return null;
        }
        LocalDate start = counted.stream().map(a -> LocalDate.parse((String) a.get("start"))).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate end = counted.stream().map(a -> LocalDate.parse((String) a.get("end"))).max(LocalDate::compareTo)
                .orElseThrow();
        double days = ChronoUnit.DAYS.between(start, end) + 1;
        double totalWeight = counted.stream().mapToDouble(a -> number(a.get("weight"))).sum();

        // The planned curve bends only where an activity starts or ends.
        TreeSet<LocalDate> bends = new TreeSet<>();
        for (Map<String, Object> a : counted) {
            bends.add(LocalDate.parse((String) a.get("start")));
            bends.add(LocalDate.parse((String) a.get("end")).plusDays(1));
        }
        List<String> planned = new ArrayList<>();
        for (LocalDate day : bends) {
            double share = 0;
            for (Map<String, Object> a : counted) {
                LocalDate from = LocalDate.parse((String) a.get("start"));
                double length = ChronoUnit.DAYS.between(from, LocalDate.parse((String) a.get("end"))) + 1;
                double done = Math.max(0, Math.min(1, ChronoUnit.DAYS.between(from, day) / length));
                share += number(a.get("weight")) * done;
            }
            planned.add(point(ChronoUnit.DAYS.between(start, day) / days, totalWeight == 0 ? 0 : share / totalWeight * 100));
        }

        List<String> actual = new ArrayList<>();
        double last = 0;
        for (Map<String, Object> point : history) {
            LocalDate day = Instant.parse((String) point.get("at")).atZone(Texts.CASABLANCA).toLocalDate();
            double x = Math.max(0, Math.min(1, ChronoUnit.DAYS.between(start, day) / days));
            if (!actual.isEmpty()) {
                actual.add(point(x, last)); // a step: the progress holds until the next report
            }
            last = number(point.get("progress"));
            actual.add(point(x, last));
        }
        double todayShare = ChronoUnit.DAYS.between(start, today) / days;
        if (!actual.isEmpty() && todayShare > 0) {
            actual.add(point(Math.min(1, todayShare), last));
        }
        double todayX = todayShare < 0 || todayShare > 1 ? -1 : round(todayShare * WIDTH);
        return new ExecutionChart(String.join(" ", planned), String.join(" ", actual), todayX, start, end);
    }

    private static String point(double x, double percent) {
        return String.format(Locale.ROOT, "%.1f,%.1f", round(x * WIDTH), round(HEIGHT - percent / 100 * HEIGHT));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : value == null ? 0 : new BigDecimal(value.toString()).doubleValue();
    }
}
