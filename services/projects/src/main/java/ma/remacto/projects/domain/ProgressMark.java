package ma.remacto.projects.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an activity stood at one moment: its status and progress. The history of a project records each
 * progress report as two marks ("IN_PROGRESS 40%" → "DONE 100%"), and the evaluation reports read them back
 * to tell where every activity stood at the end of a past period; both sides use this one spelling.
 */
public record ProgressMark(ActivityStatus status, int progress) {

    private static final Pattern TEXT = Pattern.compile("([A-Z_]+) (\\d{1,3})%");

    public static ProgressMark of(Activity activity) {
        return new ProgressMark(activity.status(), activity.progress());
    }

    public String text() {
        return status.name() + " " + progress + "%";
    }

    /** Empty for anything this spelling did not write. */
    public static Optional<ProgressMark> parse(Object text) {
        if (!(text instanceof String s)) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProgressMark(ActivityStatus.valueOf(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (IllegalArgumentException unknownStatus) {
            return Optional.empty();
        }
    }
}
