package cn.luodian.api.tiles;

import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
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
 * Vector tiles: from the cache, or built from the in-memory reference layers, case points and
 * components and then cached. No database work per tile.
 */
@Service
public class VectorTiles {
    private final TileCache cache;
    private final ReferenceTiles reference;
    private final CasePointIndex cases;
    private final CasesTileLayer casesLayer;
    private final TileSettings settings;
    private final ComponentTileIndex components;
    private final ComponentsTileLayer componentsLayer;
    private final Taxonomy taxonomy;

    public VectorTiles(TileCache cache, ReferenceTiles reference, CasePointIndex cases, TileSettings settings,
                       ComponentTileIndex components, Taxonomy taxonomy) {
        this.cache = cache;
        this.reference = reference;
        this.cases = cases;
        this.settings = settings;
        this.components = components;
        this.taxonomy = taxonomy;
        this.componentsLayer = new ComponentsTileLayer(settings.bufferUnits(), settings.simplifyToleranceUnits());
        this.casesLayer = new CasesTileLayer(settings.clusterBelowZoom(), settings.clusterCellUnits(), settings.bufferUnits());
    }

    /** The tile of {@code layers} (known names, in the order asked); {@link Tile#EMPTY} when it has no feature. */
    Tile tile(List<String> layers, TileAddress address, PointShift shift, CasePointFilter caseFilter) {
        boolean withCases = layers.contains(VectorLayers.CASES.name());
        if (layers.stream().anyMatch(VectorTiles::isReference)) {
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
            } else if (layer.equals(VectorLayers.COMPONENTS.name())) {
                componentsLayer.addTo(out, components.snapshot(), frame, key.shift(),
                        code -> taxonomy.find(code).map(Category::name).orElse(null));
            } else {
                reference.layers(key.shift()).find(layer).orElseThrow()
                        .addTo(out, frame, settings.bufferUnits(), settings.simplifyToleranceUnits());
            }
        }
        return out.isEmpty() ? new byte[0] : out.encode();
    }

    /** A layer drawn from the reference snapshot (not from cases or components). */
    private static boolean isReference(String layer) {
        return !layer.equals(VectorLayers.CASES.name()) && !layer.equals(VectorLayers.COMPONENTS.name());
    }
}
