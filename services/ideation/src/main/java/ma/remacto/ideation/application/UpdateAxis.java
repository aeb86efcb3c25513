package ma.remacto.ideation.application;

import java.time.Clock;

import ma.remacto.ideation.domain.Axis;
import ma.remacto.ideation.domain.LocalizedText;
import ma.remacto.ideation.events.IdeationEvents;
import ma.remacto.ideation.persistence.AxisRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * Renames, reorders or retires an axis; a retired axis takes no new ideas but keeps its own. An editor's version
 * (If-Match) that is no longer the axis's refuses the change (409 {@code concurrent-change}) instead of overwriting
 * what another editor saved meanwhile; a change with no effect writes nothing.
 */
@Service
public class UpdateAxis {

    private final AxisRepository axes;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public UpdateAxis(AxisRepository axes, EventEnvelopes envelopes, AccessPolicy access, Clock clock) {
        this.axes = axes;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public Axis handle(String id, LocalizedText title, int position, boolean active, Long expectedVersion) {
        Axis current = axes.find(id).orElseThrow(() -> ProblemException.notFound("axis.not-found", id));
        Actor actor = access.requireStaffOf(current.memberSlug());
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw ProblemException.conflict("concurrent-change");
        }
        if (current.position() == position && current.title().equals(title) && current.active() == active) {
            return current;
        }
        Axis updated = new Axis(current.id(), current.memberSlug(), current.programme(), current.code(), position, title,
                active, current.version() + 1);
        axes.update(updated, History.entry(clock.instant(), actor, "UPDATED", current.active() ? "ACTIVE" : "RETIRED",
                active ? "ACTIVE" : "RETIRED", null, null), envelopes.stage(IdeationEvents.axisUpdated(updated), actor));
        return updated;
    }
}
