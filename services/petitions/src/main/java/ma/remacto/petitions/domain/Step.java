package ma.remacto.petitions.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One public step of a petition: from, to, the day the council (or petitioner) dated it, when it was recorded, the public reason. */
public record Step(String from, String to, LocalDate on, Instant at, String reason) {
}
