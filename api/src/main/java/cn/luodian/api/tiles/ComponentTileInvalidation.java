package cn.luodian.api.tiles;

import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.mvt.VectorLayers;
import cn.luodian.geo.tile.mvt.VectorTileBuilder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * Evicts the cached tiles of the {@code components} layer that show a changed component: at every
 * zoom and in both frames (WGS-84 and GCJ-02), each tile whose square grown by the buffer meets the
 * component's extent before or after the change. Called by {@link ComponentTileIndex} right after it
 * took the change (after commit), since only it knows where a changed component was before.
 */
@Component
public class ComponentTileInvalidation {
    /** More changed extents than this at once: drop every components tile instead of testing each. */
    static final int MAX_EXTENTS_ONE_BY_ONE = 1_000;
    /** GCJ-02's shift varies by centimetres over a component; this covers a line kilometres long. */
    private static final double SHIFT_MARGIN_METRES = 50;

    private final TileCache cache;
    private final double bufferFraction;

    public ComponentTileInvalidation(TileCache cache, TileSettings settings) {
        this.cache = cache;
        this.bufferFraction = (double) settings.bufferUnits() / VectorTileBuilder.EXTENT;
    }

    /** Evicts the components tiles that meet any of these WGS-84 extents. */
    void evictAround(List<Envelope> extentsLonLat) {
        if (extentsLonLat.isEmpty()) {
            return;
        }
        if (extentsLonLat.size() > MAX_EXTENTS_ONE_BY_ONE) {
            evictAll();
            return;
        }
        List<Envelope> plain = new ArrayList<>();
        List<Envelope> shifted = new ArrayList<>();
        for (Envelope lonLat : extentsLonLat) {
            plain.add(ComponentTable.mercator(lonLat));
            shifted.add(gcj02(lonLat));
        }
        cache.evictIf(key -> {
            if (!key.layers().contains(VectorLayers.COMPONENTS.name())) {
                return false;
            }
            Envelope tile = WebMercator.bounds(key.tile());
            tile.expandBy(bufferFraction * tile.getWidth());
            for (Envelope changed : key.shift() == PointShift.GCJ02 ? shifted : plain) {
                if (tile.intersects(changed)) {
                    return true;
                }
            }
            return false;
        });
    }

    void evictAll() {
        cache.evictIf(key -> key.layers().contains(VectorLayers.COMPONENTS.name()));
    }

    private static Envelope gcj02(Envelope lonLat) {
        Coordinate low = ChinaOffsets.wgs84ToGcj02(lonLat.getMinX(), lonLat.getMinY());
        Coordinate high = ChinaOffsets.wgs84ToGcj02(lonLat.getMaxX(), lonLat.getMaxY());
        Envelope mercator = ComponentTable.mercator(new Envelope(low.x, high.x, low.y, high.y));
        mercator.expandBy(SHIFT_MARGIN_METRES);
        return mercator;
    }
}
