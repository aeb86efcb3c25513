package ma.remacto.projects.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The calendar day in the platform's time zone (Africa/Casablanca): what lateness and date checks compare with,
 * and where the days of a reported period begin and end.
 */
@Component
public class Today {

    private final Clock clock;
    private final ZoneId zone;

    public Today(Clock clock, @Value("${remacto.time-zone:Africa/Casablanca}") String zone) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The calendar day an instant falls on. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The instant a calendar day begins: "by the end of a day" is "before the start of the next". */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
