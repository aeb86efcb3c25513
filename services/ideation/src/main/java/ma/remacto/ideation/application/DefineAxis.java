package ma.remacto.ideation.application;

import java.time.Clock;

import ma.remacto.ideation.domain.Axis;
import ma.remacto.ideation.domain.LocalizedText;
import ma.remacto.ideation.events.IdeationEvents;
import ma.remacto.ideation.persistence.AxisRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/** The point of contact records the priority axes the member chose for its programme. */
@Service
public class DefineAxis {

    private final AxisRepository axes;
    private final MemberScope members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public DefineAxis(AxisRepository axes, MemberScope members, EventEnvelopes envelopes, AccessPolicy access,
            Clock clock) {
        this.axes = axes;
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public Axis handle(String memberSlug, String programme, String code, int position, LocalizedText title) {
        Actor actor = access.requireStaffOf(memberSlug);
        members.requireActive(memberSlug);
        if (axes.findByCode(memberSlug, programme, code).isPresent()) {
            throw ProblemException.conflict("axis.code-taken", code, programme);
        }
        Axis axis = new Axis(Ids.newId(), memberSlug, programme, code, position, title, true, 1);
        axes.insert(axis, History.entry(clock.instant(), actor, "DEFINED", null, "ACTIVE", null, null),
                envelopes.stage(IdeationEvents.axisDefined(axis), actor));
        return axis;
    }
}
