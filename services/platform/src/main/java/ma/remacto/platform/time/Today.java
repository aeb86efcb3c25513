package ma.remacto.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar day in the platform's legal time zone (Africa/Casablanca), from the service's one clock: what
 * deadlines, lateness, timelines and reported periods compare with. "By the end of a day" is "before the start of the
 * next".
 */
public class Today {

    private final Clock clock;
    private final ZoneId zone;

    public Today(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    /** The calendar day an instant falls on. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The instant a calendar day begins. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
