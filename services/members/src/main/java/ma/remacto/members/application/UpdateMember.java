package ma.remacto.members.application;

import java.time.Clock;
import java.util.List;

import ma.remacto.members.domain.Member;
import ma.remacto.members.domain.MemberCard;
import ma.remacto.members.domain.MemberHierarchy;
import ma.remacto.members.events.MemberEvents;
import ma.remacto.members.persistence.MemberRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

@Service
public class UpdateMember {

    private final MemberRepository members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public UpdateMember(MemberRepository members, EventEnvelopes envelopes, AccessPolicy access, Clock clock) {
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    /** @param expectedVersion the version the editor saw (If-Match), or null to edit whatever is current */
    public Member handle(String slug, MemberCard card, Long expectedVersion) {
        Actor actor = access.requireNetworkAdmin();
        Member current = members.find(slug).orElseThrow(() -> ProblemException.notFound("member.not-found", slug));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw ProblemException.conflict("concurrent-change");
        }
        if (card.kind() != current.card().kind()) {
            throw ProblemException.conflict("member.kind-fixed");
        }
        MemberCard checked = MemberHierarchy.check(slug, card, members::find);
        List<String> changed = current.changedFields(checked);
        if (changed.isEmpty()) {
            return current;
        }
        Member updated = current.edit(checked);
        members.update(updated, History.entry(clock.instant(), actor, "UPDATED", null, null, changed, null),
                envelopes.stage(MemberEvents.updated(updated, changed), actor));
        return updated;
    }
}
