package ma.remacto.portal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Morocco's twelve regions as a tile map (a cartogram): one equal tile per region, placed roughly where the region
 * lies (north up, west to the left, the Atlantic regions running south-west), so the network's members can be seen
 * across the country without map tiles from elsewhere (the portal loads nothing from another site). Drawn as SVG on
 * the server, in a {@value #WIDTH}-wide view box, about a phone's width so the names keep their size there.
 *
 * @param width the view box's width
 * @param height the view box's height
 * @param tiles the regions placed, in reading order (north to south)
 */
public record RegionTileMap(int width, int height, List<Tile> tiles) {

    static final int COLUMNS = 3;
    static final int TILE_WIDTH = 112;
    static final int TILE_HEIGHT = 84;
    static final int GAP = 6;
    public static final int WIDTH = COLUMNS * TILE_WIDTH + (COLUMNS - 1) * GAP;
    /** The longest line a tile's label holds at its font size. */
    static final int LINE_LENGTH = 14;

    /** Where each region lies on the grid: {column, row}, west to east and north to south. */
    static final Map<String, int[]> PLACES = Map.ofEntries(
            Map.entry("tanger-tetouan-al-hoceima", new int[] {1, 0}),
            Map.entry("rabat-sale-kenitra", new int[] {0, 1}),
            Map.entry("fes-meknes", new int[] {1, 1}),
            Map.entry("oriental", new int[] {2, 1}),
            Map.entry("casablanca-settat", new int[] {0, 2}),
            Map.entry("beni-mellal-khenifra", new int[] {1, 2}),
            Map.entry("draa-tafilalet", new int[] {2, 2}),
            Map.entry("marrakech-safi", new int[] {0, 3}),
            Map.entry("souss-massa", new int[] {0, 4}),
            Map.entry("guelmim-oued-noun", new int[] {0, 5}),
            Map.entry("laayoune-sakia-el-hamra", new int[] {0, 6}),
            Map.entry("dakhla-oued-ed-dahab", new int[] {0, 7}));

    /**
     * @param slug the region's slug (the link goes to its list of members)
     * @param name its full name in the page's language (the link's accessible name)
     * @param lines its name as drawn, on up to three lines
     * @param members how many members the region counts, itself included
     * @param shade 1–3, darker for more members (the number is written: the shade only repeats it)
     */
    public record Tile(String slug, String name, List<String> lines, int members, int shade, int x, int y) {

        public int width() {
            return TILE_WIDTH;
        }

        public int height() {
            return TILE_HEIGHT;
        }

        public double centerX() {
            return x + TILE_WIDTH / 2.0;
        }

        /** Baseline of the label's line {@code i}, the lines centred above the count. */
        public double lineY(int i) {
            double top = y + TILE_HEIGHT / 2.0 - 8 - (lines.size() - 1) * 15 / 2.0;
            return top + i * 15;
        }

        public double countY() {
            return y + TILE_HEIGHT - 12;
        }
    }

    /** A region as the home page knows it. */
    public record Region(String slug, String name, int members) {
    }

    /** The regions with a place on the map; others (none today) are only in the list. */
    public static RegionTileMap of(List<Region> regions) {
        int most = regions.stream().mapToInt(Region::members).max().orElse(0);
        List<Tile> tiles = new ArrayList<>();
        int rows = 0;
        for (Region region : regions) {
            int[] place = PLACES.get(region.slug());
            if (place == null) {
                continue;
            }
            rows = Math.max(rows, place[1] + 1);
            int shade = most == 0 ? 1 : 1 + (int) Math.min(2, Math.floor(region.members() * 3.0 / (most + 1)));
            tiles.add(new Tile(region.slug(), region.name(), lines(label(region.name())), region.members(), shade,
                    place[0] * (TILE_WIDTH + GAP), place[1] * (TILE_HEIGHT + GAP)));
        }
        tiles.sort((a, b) -> a.y() != b.y() ? Integer.compare(a.y(), b.y()) : Integer.compare(a.x(), b.x()));
        return new RegionTileMap(WIDTH, Math.max(0, rows * (TILE_HEIGHT + GAP) - GAP), List.copyOf(tiles));
    }

    /**
     * The name without the word "region", which the map's title already says and a small tile cannot spare:
     * «جهة الشرق» → «الشرق», «Région de l'Oriental» → «Oriental».
     */
    static String label(String name) {
        return name.replaceFirst("^جهة\\s+", "").replaceFirst("^Région\\s+(de la |de l'|de l’|du |des |de )?", "")
                .strip();
    }

    /**
     * The label on lines of at most {@value #LINE_LENGTH} characters (a word longer than that has a line of its
     * own): broken after hyphens first («Béni Mellal-» «Khénifra»), then between words, short neighbours joined again.
     */
    static List<String> lines(String label) {
        List<String> parts = new ArrayList<>();
        for (String part : label.split("(?<=-)")) {
            if (part.length() <= LINE_LENGTH) {
                parts.add(part);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : part.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > LINE_LENGTH) {
                    parts.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            parts.add(line.toString());
        }
        List<String> lines = new ArrayList<>();
        for (String part : parts) {
            int last = lines.size() - 1;
            String joined = last < 0 ? null : lines.get(last) + (lines.get(last).endsWith("-") ? "" : " ") + part;
            if (joined != null && joined.length() <= LINE_LENGTH) {
                lines.set(last, joined);
            } else {
                lines.add(part);
            }
        }
        return lines;
    }
}
