package ma.remacto.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegionTileMapTest {

    static List<RegionTileMap.Region> twelve() {
        List<RegionTileMap.Region> regions = new ArrayList<>();
        RegionTileMap.PLACES.keySet().stream().sorted()
                .forEach(slug -> regions.add(new RegionTileMap.Region(slug, slug, slug.equals("oriental") ? 9 : 1)));
        return regions;
    }

    @Test
    void theTwelveRegionsHaveATileEachWithoutOverlapInsideTheViewBox() {
        RegionTileMap map = RegionTileMap.of(twelve());
        assertThat(map.tiles()).hasSize(12);
        assertThat(map.width()).isEqualTo(3 * 112 + 2 * 6);
        assertThat(map.height()).isEqualTo(8 * (84 + 6) - 6);
        for (RegionTileMap.Tile a : map.tiles()) {
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(map.width());
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(map.height());
            for (RegionTileMap.Tile b : map.tiles()) {
                if (a != b) {
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                            || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                    assertThat(apart).as(a.slug() + " and " + b.slug()).isTrue();
                }
            }
        }
    }

    @Test
    void regionsLieRoughlyWhereTheyAreNorthUpWestLeft() {
        RegionTileMap map = RegionTileMap.of(twelve());
        RegionTileMap.Tile tangier = tile(map, "tanger-tetouan-al-hoceima");
        RegionTileMap.Tile rabat = tile(map, "rabat-sale-kenitra");
        RegionTileMap.Tile oriental = tile(map, "oriental");
        RegionTileMap.Tile dakhla = tile(map, "dakhla-oued-ed-dahab");
        assertThat(tangier.y()).isLessThan(rabat.y());
        assertThat(rabat.x()).isLessThan(oriental.x());
        assertThat(dakhla.y()).isGreaterThan(tile(map, "laayoune-sakia-el-hamra").y());
        assertThat(map.tiles().get(0).slug()).isEqualTo("tanger-tetouan-al-hoceima"); // reading order: north first
    }

    @Test
    void theShadeFollowsTheNumberOfMembers() {
        RegionTileMap map = RegionTileMap.of(twelve());
        assertThat(tile(map, "oriental").shade()).isEqualTo(3);
        assertThat(tile(map, "souss-massa").shade()).isEqualTo(1);
        assertThat(tile(map, "oriental").members()).isEqualTo(9);
    }

    @Test
    void aRegionWithoutAPlaceIsLeftToTheList() {
        RegionTileMap map = RegionTileMap.of(List.of(new RegionTileMap.Region("atlantis", "Atlantis", 3),
                new RegionTileMap.Region("oriental", "Oriental", 2)));
        assertThat(map.tiles()).extracting(RegionTileMap.Tile::slug).containsExactly("oriental");
    }

    @Test
    void labelsDropTheWordRegionAndBreakAfterHyphensThenBetweenWords() {
        assertThat(RegionTileMap.label("جهة الشرق")).isEqualTo("الشرق");
        assertThat(RegionTileMap.label("Région de l'Oriental")).isEqualTo("Oriental");
        assertThat(RegionTileMap.label("Région Fès-Meknès")).isEqualTo("Fès-Meknès");
        assertThat(RegionTileMap.lines("Tanger-Tétouan-Al Hoceïma")).containsExactly("Tanger-", "Tétouan-", "Al Hoceïma");
        assertThat(RegionTileMap.lines("Dakhla-Oued Ed-Dahab")).containsExactly("Dakhla-", "Oued Ed-Dahab");
        assertThat(RegionTileMap.lines("Rabat-Salé-Kénitra")).containsExactly("Rabat-Salé-", "Kénitra");
        assertThat(RegionTileMap.lines("Fès-Meknès")).containsExactly("Fès-Meknès");
        assertThat(RegionTileMap.lines("طنجة تطوان الحسيمة")).containsExactly("طنجة تطوان", "الحسيمة");
        assertThat(RegionTileMap.lines("العيون الساقية الحمراء")).containsExactly("العيون الساقية", "الحمراء");
        assertThat(RegionTileMap.lines("Laâyoune-Sakia El Hamra")).allSatisfy(line ->
                assertThat(line.length()).isLessThanOrEqualTo(RegionTileMap.LINE_LENGTH));
    }

    @Test
    void aLabelsLinesAreCentredAboveTheCount() {
        RegionTileMap.Tile tile = new RegionTileMap.Tile("x", "x", List.of("a", "b", "c"), 1, 1, 0, 0);
        assertThat(tile.lineY(0)).isLessThan(tile.lineY(1));
        assertThat(tile.lineY(2)).isLessThan(tile.countY() - 10);
        assertThat(tile.lineY(0)).isGreaterThan(10);
    }

    static RegionTileMap.Tile tile(RegionTileMap map, String slug) {
        return map.tiles().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
    }
}
