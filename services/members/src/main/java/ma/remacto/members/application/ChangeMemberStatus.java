package ma.remacto.members.application;

import java.time.Clock;

import ma.remacto.members.domain.Member;
import ma.remacto.members.domain.MemberStatus;
import ma.remacto.members.events.MemberEvents;
import ma.remacto.members.persistence.MemberRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Service;

/**
 * Deactivates a member that leaves the network (its data and history stay, and an administrator can
 * still correct its card) or brings it back.
 */
@Service
public class ChangeMemberStatus {

    private final MemberRepository members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public ChangeMemberStatus(MemberRepository members, EventEnvelopes envelopes, AccessPolicy access, Clock clock) {
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public Member deactivate(String slug, String reason) {
        Actor actor = access.requireNetworkAdmin();
        Member current = load(slug);
        if (current.status() == MemberStatus.INACTIVE) {
            throw ProblemException.conflict("member.already-inactive", slug);
        }
        Member changed = current.withStatus(MemberStatus.INACTIVE);
        members.update(changed, History.entry(clock.instant(), actor, "DEACTIVATED", current.status().name(),
                changed.status().name(), null, reason), envelopes.stage(MemberEvents.deactivated(changed, reason), actor));
        return changed;
    }

    public Member reactivate(String slug) {
        Actor actor = access.requireNetworkAdmin();
        Member current = load(slug);
        if (current.status() == MemberStatus.ACTIVE) {
            throw ProblemException.conflict("member.already-active", slug);
        }
        Member changed = current.withStatus(MemberStatus.ACTIVE);
        members.update(changed, History.entry(clock.instant(), actor, "REACTIVATED", current.status().name(),
                changed.status().name(), null, null), envelopes.stage(MemberEvents.reactivated(changed), actor));
        return changed;
    }

    private Member load(String slug) {
        return members.find(slug).orElseThrow(() -> ProblemException.notFound("member.not-found", slug));
    }
}
