package cn.luodian.bench.tiles;

import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.points.CasePoints;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;

/**
 * The tiles a benchmark cycles through: every tile at a zoom that holds at least one case, in
 * row-major order, so that p50 is over the district's tiles as a map of it would request them.
 */
final class TileSets {

    private TileSets() {
    }

    static List<TileAddress> withCases(CasePoints points, int z) {
        TreeSet<TileAddress> tiles = new TreeSet<>(Comparator.comparingInt(TileAddress::y).thenComparingInt(TileAddress::x));
        double world = WebMercator.HALF_WORLD_METRES;
        points.forEach(new Envelope(-world, world, -world, world), PointShift.NONE, CasePointFilter.ALL,
                (table, row, x, y) -> tiles.add(TileAddress.containing(WebMercator.lon(x), WebMercator.lat(y), z)));
        return List.copyOf(tiles);
    }
}
