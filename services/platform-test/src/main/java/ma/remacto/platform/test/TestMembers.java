package ma.remacto.platform.test;

import java.time.Duration;
import java.util.List;

import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.MemberCard;
import ma.remacto.events.v1.MemberKind;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.events.v1.MemberStatus;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.members.MemberDirectory;

/**
 * Publishes member cards on the members topic, as the members service does, so a service under test
 * learns its members the way it does in production: through its read model.
 */
public final class TestMembers {

    private TestMembers() {
    }

    public record Member(String slug, MemberKind kind, String regionSlug, String provinceSlug, boolean active) {

        public static Member commune(String slug, String regionSlug) {
            return new Member(slug, MemberKind.MEMBER_KIND_COMMUNE, regionSlug, null, true);
        }

        public static Member region(String slug) {
            return new Member(slug, MemberKind.MEMBER_KIND_REGION, slug, null, true);
        }

        public Member inactive() {
            return new Member(slug, kind, regionSlug, provinceSlug, false);
        }
    }

    /**
     * Publishes the members unless the service's read model already knows the last one (test classes of one service
     * share its Spring context, hence its read model), then waits until it does.
     */
    public static void ensure(MemberDirectory directory, List<Member> members) {
        String last = members.getLast().slug();
        if (directory.find(last).isPresent()) {
            return;
        }
        publish(members);
        Eventually.until("the member read model knowing " + last, Duration.ofSeconds(60),
                () -> directory.find(last).isPresent());
    }

    public static void publish(List<Member> members) {
        TestEvents.publish(members.stream().map(member -> {
            MemberCard card = MemberCard.newBuilder().setSlug(member.slug()).setKind(member.kind())
                    .setName(LocalizedText.newBuilder().setAr("جماعة " + member.slug()).setFr("Commune " + member.slug()))
                    .setRegionSlug(member.regionSlug())
                    .setProvinceSlug(member.provinceSlug() == null ? "" : member.provinceSlug())
                    .setPopulation(100_000)
                    .setStatus(member.active() ? MemberStatus.MEMBER_STATUS_ACTIVE : MemberStatus.MEMBER_STATUS_INACTIVE)
                    .setVersion(1).build();
            return new DomainEvent(Topics.MEMBERS, "MemberRegistered", 1, "Member", member.slug(), 1, member.slug(),
                    MemberRegistered.newBuilder().setMember(card).build());
        }).toList());
    }
}
