package ma.remacto.members.application;

import java.time.Clock;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

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
public class RegisterMember {

    private final MemberRepository members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public RegisterMember(MemberRepository members, EventEnvelopes envelopes, AccessPolicy access, Clock clock) {
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public Member handle(String slug, MemberCard card) {
        Actor actor = access.requireNetworkAdmin();
        if (members.find(slug).isPresent()) {
            throw ProblemException.conflict("member.slug-taken", slug);
        }
        Member member = Member.register(slug, MemberHierarchy.check(slug, card, members::find));
        try {
            members.insert(member, History.entry(clock.instant(), actor, "REGISTERED", null, member.status().name(), null, null),
                    envelopes.stage(MemberEvents.registered(member), actor));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw ProblemException.conflict("member.slug-taken", slug); // lost a race with the same slug
            }
            throw e;
        }
        return member;
    }
}
