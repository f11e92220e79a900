package cn.luodian.api.tiles;

import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.mvt.CasesTileLayer;
import cn.luodian.geo.tile.mvt.VectorLayers;
import cn.luodian.geo.tile.mvt.VectorTileBuilder;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Vector tiles: from the cache, or built from the in-memory reference layers and case points and
 * then cached. No database work per tile.
 */
@Service
public class VectorTiles {
    private final TileCache cache;
    private final ReferenceTiles reference;
    private final CasePointIndex cases;
    private final CasesTileLayer casesLayer;
    private final TileSettings settings;

    public VectorTiles(TileCache cache, ReferenceTiles reference, CasePointIndex cases, TileSettings settings) {
        this.cache = cache;
        this.reference = reference;
        this.cases = cases;
        this.settings = settings;
        this.casesLayer = new CasesTileLayer(settings.clusterBelowZoom(), settings.clusterCellUnits(), settings.bufferUnits());
    }

    /** The tile of {@code layers} (known names, in the order asked); {@link Tile#EMPTY} when it has no feature. */
    Tile tile(List<String> layers, TileAddress address, PointShift shift, CasePointFilter caseFilter) {
        boolean withCases = layers.contains(VectorLayers.CASES.name());
        if (layers.stream().anyMatch(name -> !name.equals(VectorLayers.CASES.name()))) {
            reference.refresh();
        }
        TileKey key = new TileKey(layers, address, shift, withCases ? caseFilter : CasePointFilter.ALL);
        return cache.getOrBuild(key, () -> Tile.of(build(key)));
    }

    private byte[] build(TileKey key) {
        TileFrame frame = TileFrame.of(key.tile(), VectorTileBuilder.EXTENT);
        VectorTileBuilder out = new VectorTileBuilder();
        for (String layer : key.layers()) {
            if (layer.equals(VectorLayers.CASES.name())) {
                casesLayer.addTo(out, cases.snapshot(), frame, key.shift(), key.caseFilter());
            } else {
                reference.layers(key.shift()).find(layer).orElseThrow()
                        .addTo(out, frame, settings.bufferUnits(), settings.simplifyToleranceUnits());
            }
        }
        return out.isEmpty() ? new byte[0] : out.encode();
    }
}
