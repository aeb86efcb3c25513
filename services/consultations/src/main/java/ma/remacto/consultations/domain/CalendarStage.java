package ma.remacto.consultations.domain;

import java.time.LocalDate;

/**
 * One stage of a co-preparation calendar, planned and actual dates (an actual date is a past fact), and a note.
 *
 * <p>Status on a given day: DONE once it actually ended (on or before that day); IN_PROGRESS once it actually
 * started and has not ended; LATE when it is not done and its planned end has passed, or it has not started and
 * its planned start has passed; PLANNED otherwise.
 */
public record CalendarStage(CalendarStageName stage, LocalDate plannedStart, LocalDate plannedEnd,
        LocalDate actualStart, LocalDate actualEnd, String note) {

    public StageStatus statusOn(LocalDate today) {
        if (actualEnd != null && !actualEnd.isAfter(today)) {
            return StageStatus.DONE;
        }
        boolean started = actualStart != null && !actualStart.isAfter(today);
        if (plannedEnd != null && plannedEnd.isBefore(today)) {
            return StageStatus.LATE;
        }
        if (started) {
            return StageStatus.IN_PROGRESS;
        }
        if (plannedStart != null && plannedStart.isBefore(today)) {
            return StageStatus.LATE;
        }
        return StageStatus.PLANNED;
    }
}
