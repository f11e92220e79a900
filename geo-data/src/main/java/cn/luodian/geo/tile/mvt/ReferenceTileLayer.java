package cn.luodian.geo.tile.mvt;

import cn.luodian.geo.tile.TileFrame;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * One reference layer ready for tiles: its features projected to Web Mercator once, in an STRtree,
 * each with the zoom it appears from and its tile properties. Immutable after construction.
 */
public final class ReferenceTileLayer {
    private final VectorLayerSpec spec;
    private final STRtree index = new STRtree();
    private final Envelope boundsLonLat;

    /** A feature as the tile shows it: Mercator geometry, first zoom, properties, and its order in the layer. */
    public record Entry(Geometry mercator, int minZoom, Map<String, Object> properties, int order) {
    }

    ReferenceTileLayer(VectorLayerSpec spec, List<Entry> entries, Envelope boundsLonLat) {
        this.spec = spec;
        entries.forEach(e -> index.insert(e.mercator().getEnvelopeInternal(), e));
        index.build();
        this.boundsLonLat = boundsLonLat;
    }

    public VectorLayerSpec spec() {
        return spec;
    }

    /** The extent of the layer's data in WGS-84 degrees (null envelope when empty). */
    public Envelope boundsLonLat() {
        return new Envelope(boundsLonLat);
    }

    /** Adds the layer's features on this tile, in the layer's stored order. */
    public void addTo(VectorTileBuilder out, TileFrame frame, double bufferUnits, double toleranceUnits) {
        int z = frame.tile().z();
        if (!spec.hasZoom(z)) {
            return;
        }
        List<Entry> hits = new ArrayList<>();
        index.query(frame.bufferedBoundsMetres(bufferUnits), item -> {
            Entry entry = (Entry) item;
            if (entry.minZoom() <= z) {
                hits.add(entry);
            }
        });
        hits.sort(Comparator.comparingInt(Entry::order));
        for (Entry entry : hits) {
            Geometry onTile = TileGeometries.toTile(entry.mercator(), frame, bufferUnits, toleranceUnits);
            if (onTile != null) {
                out.add(spec.name(), onTile, entry.properties());
            }
        }
    }
}
