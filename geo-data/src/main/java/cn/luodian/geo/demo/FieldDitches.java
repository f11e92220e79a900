package cn.luodian.geo.demo;

import cn.luodian.geo.demo.VillageLayout.PlacedVillage;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Unnamed field ditches (示意数据): in every third 村, one along the longest straight stretch of
 * its boundary, where field ditches usually run. They are drawn but never named in a sentence.
 */
final class FieldDitches {
    private static final int EVERY_NTH_VILLAGE = 3;
    private static final double TRIM_SHARE = 0.1;

    private FieldDitches() {
    }

    static List<Waterway> draw(List<PlacedVillage> villages) {
        List<Waterway> ditches = new ArrayList<>();
        int rural = 0;
        for (PlacedVillage village : villages) {
            if (!VillageLayout.isVillageCommittee(village.code()) || rural++ % EVERY_NTH_VILLAGE != 0) {
                continue;
            }
            Coordinate[] ring = village.area().getExteriorRing().getCoordinates();
            int longest = 0;
            for (int i = 1; i + 1 < ring.length; i++) {
                if (ring[i].distance(ring[i + 1]) > ring[longest].distance(ring[longest + 1])) {
                    longest = i;
                }
            }
            Coordinate a = ring[longest];
            Coordinate b = ring[longest + 1];
            Coordinate start = new Coordinate(a.x + TRIM_SHARE * (b.x - a.x), a.y + TRIM_SHARE * (b.y - a.y));
            Coordinate end = new Coordinate(b.x - TRIM_SHARE * (b.x - a.x), b.y - TRIM_SHARE * (b.y - a.y));
            ditches.add(new Waterway("", WaterwayClass.DITCH,
                    village.area().getFactory().createLineString(new Coordinate[] {start, end})));
        }
        return ditches;
    }
}
