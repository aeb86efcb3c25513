package ma.remacto.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import ma.remacto.portal.web.Language;

import org.junit.jupiter.api.Test;

/** The home page's member map from the members the directory lists. */
class MemberMapTest {

    static Map<String, Object> member(String slug, String kind, String region, String ar, String fr) {
        return Map.of("slug", slug, "kind", kind, "regionSlug", region, "name", Map.of("ar", ar, "fr", fr));
    }

    final List<Map<String, Object>> members = List.of(
            member("oriental", "REGION", "oriental", "جهة الشرق", "Région de l'Oriental"),
            member("tanger-tetouan-al-hoceima", "REGION", "tanger-tetouan-al-hoceima", "جهة طنجة تطوان الحسيمة",
                    "Région Tanger-Tétouan-Al Hoceïma"),
            member("larache", "COMMUNE", "tanger-tetouan-al-hoceima", "جماعة العرائش", "Commune de Larache"),
            member("tetouan", "COMMUNE", "tanger-tetouan-al-hoceima", "جماعة تطوان", "Commune de Tétouan"));

    @Test
    void eachRegionsTileCountsItsMembersTheRegionIncludedNamedInThePagesLanguage() {
        RegionTileMap map = HomePage.map(HomePage.Regions.of(members), Language.FR);
        assertThat(map.tiles()).extracting(RegionTileMap.Tile::slug)
                .containsExactly("tanger-tetouan-al-hoceima", "oriental");
        assertThat(map.tiles()).extracting(RegionTileMap.Tile::members).containsExactly(3, 1);
        assertThat(map.tiles().get(0).name()).isEqualTo("Région Tanger-Tétouan-Al Hoceïma");
        assertThat(map.tiles().get(1).lines()).containsExactly("Oriental");
        assertThat(HomePage.map(HomePage.Regions.of(members), Language.AR).tiles().get(1).lines())
                .containsExactly("الشرق");
    }

    @Test
    void aRegionalPortalListingOneRegionHasNoMap() {
        assertThat(HomePage.map(HomePage.Regions.of(members.subList(1, 4)), Language.AR)).isNull();
    }
}
