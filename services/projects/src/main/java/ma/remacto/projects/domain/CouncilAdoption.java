package ma.remacto.projects.domain;

import java.time.LocalDate;

/** The council session (دورة المجلس) that adopted the plan, and the date of the vote. */
public record CouncilAdoption(LocalizedText session, LocalDate date) {
}
