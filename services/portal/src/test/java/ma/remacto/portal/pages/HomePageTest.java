package ma.remacto.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HomePageTest {

    static Map<String, Object> member(String slug, String kind, String region, int ideas, int projects) {
        return Map.of("slug", slug, "kind", kind, "regionSlug", region,
                "profile", Map.of("ideas", ideas, "projects", projects, "axes", 0));
    }

    final List<Map<String, Object>> members = List.of(
            member("oriental", "REGION", "oriental", 0, 0),
            member("tta", "REGION", "tta", 0, 7),
            member("province-larache", "PROVINCE", "tta", 0, 0),
            member("beni-ansar", "COMMUNE", "oriental", 94, 9),
            member("larache", "COMMUNE", "tta", 25, 3));

    @Test
    void membersAreGroupedUnderTheirRegionInTheServicesOrder() {
        List<HomePage.Regions> regions = HomePage.Regions.of(members);
        assertThat(regions).extracting(r -> r.region().get("slug")).containsExactly("oriental", "tta");
        assertThat(regions.get(1).members()).extracting(m -> m.get("slug")).containsExactly("province-larache", "larache");
    }

    @Test
    void totalsCountMembersByKindAndSumTheirProfiles() {
        assertThat(HomePage.totals(members)).containsEntry("members", 5).containsEntry("regions", 2)
                .containsEntry("provinces", 1).containsEntry("communes", 2).containsEntry("ideas", 119L)
                .containsEntry("projects", 19L);
    }
}
