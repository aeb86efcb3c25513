package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One dated measurement of an indicator: a value, or an observation for a qualitative indicator. */
public record Measurement(LocalDate date, BigDecimal value, String observation, Instant recordedAt) {
}
