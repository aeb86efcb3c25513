package ma.remacto.petitions.domain;

import java.time.LocalDate;

/** A deadline of a petition: when it is due, the day it was met (null while not), and whether it is overdue. */
public record Deadline(String kind, LocalDate due, LocalDate metOn, boolean overdue, String source, boolean toConfirm) {

    public static Deadline of(String kind, LocalDate due, LocalDate metOn, LocalDate today, String source,
            boolean toConfirm) {
        return new Deadline(kind, due, metOn, metOn == null && today.isAfter(due), source, toConfirm);
    }
}
