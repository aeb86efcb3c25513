package ma.remacto.portal.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NetworkTableTest {

    private static Map<String, Object> member(String slug, String kind, String fr, int ideas, int projects) {
        return Map.of("slug", slug, "kind", kind, "status", "ACTIVE", "name", Map.of("ar", slug, "fr", fr),
                "profile", Map.of("ideas", ideas, "projects", projects, "axes", 0));
    }

    private final NetworkTable table = NetworkTable.of(
            List.of(member("tta", "REGION", "Tanger", 3, 7), member("larache", "COMMUNE", "Larache", 94, 3),
                    member("tetouan", "COMMUNE", "Tétouan", 10, 0)),
            List.of(Map.of("member", "larache"), Map.of("member", "larache"), Map.of("member", "tta")),
            List.of(Map.of("member", "tetouan"), Map.of("id", "no-member")));

    private static String french(Object name) {
        return String.valueOf(((Map<?, ?>) name).get("fr"));
    }

    @Test
    void countsComeFromTheCardsAndFromOneListingOfEachService() {
        NetworkTable.Row larache = table.sorted("", true, NetworkTableTest::french).get(1);
        assertThat(larache.slug()).isEqualTo("larache");
        assertThat(larache.consultations()).isEqualTo(2);
        assertThat(larache.petitions()).isZero();
        assertThat(table.totals()).isEqualTo(new NetworkTable.Totals(3, 107, 10, 3, 1));
    }

    @Test
    void sortsByAColumnCountsLargestFirstByDefault() {
        assertThat(table.sorted("ideas", false, NetworkTableTest::french)).extracting(NetworkTable.Row::slug)
                .containsExactly("larache", "tetouan", "tta");
        assertThat(table.sorted("projects", true, NetworkTableTest::french)).extracting(NetworkTable.Row::slug)
                .containsExactly("tetouan", "larache", "tta");
        assertThat(table.sorted("name", true, NetworkTableTest::french)).extracting(NetworkTable.Row::slug)
                .containsExactly("larache", "tta", "tetouan");
        assertThat(table.sorted("name", false, NetworkTableTest::french)).extracting(NetworkTable.Row::slug)
                .containsExactly("tetouan", "tta", "larache");
        assertThat(table.sorted("kind", true, NetworkTableTest::french)).extracting(NetworkTable.Row::slug)
                .containsExactly("tta", "larache", "tetouan");
    }
}
